package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.CheckListener;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.ConsoleReport;
import dev.kitchenlab.engine.LabOutcome;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.evidence.Calibration;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;

/**
 * Shows a check on Maven's console as it goes, in the words the JUnit glue uses too ({@link ConsoleReport}):
 * each line goes to the Maven log level its {@link ConsoleLine.Level} names.
 */
public final class MavenLogListener implements CheckListener {
    private final Log log;
    private final ConsoleReport console;

    /** A listener writing to {@code log}, showing paths relative to {@code projectDir}. */
    public MavenLogListener(Log log, Path projectDir) {
        this.log = log;
        this.console = new ConsoleReport(projectDir);
    }

    @Override
    public void checkStarted(CheckRequest request, Calibration calibration) {
        print(console.header(request.options().tick(), calibration, request.options().javaFeature()));
    }

    @Override
    public void warning(String text) {
        log.warn(text);
    }

    @Override
    public void labFinished(LabOutcome outcome) {
        console.lab(outcome).forEach(this::print);
    }

    /** Writes the closing lines of the check: the tally over the whole project and the next lab to do. */
    public void summary(CheckReport report, ProgressSummary progress) {
        console.summary(report, progress).forEach(this::print);
    }

    private void print(ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> log.error(line.text());
            case WARN -> log.warn(line.text());
            default -> log.info(line.text());
        }
    }
}
