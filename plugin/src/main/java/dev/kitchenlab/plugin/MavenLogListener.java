package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.CheckListener;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.ConsoleReport;
import dev.kitchenlab.engine.LabOutcome;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import org.apache.maven.plugin.logging.Log;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Shows a check on Maven's console as it goes, in the words the JUnit glue uses too ({@link ConsoleReport}):
 * each line goes to the Maven log level its {@link ConsoleLine.Level} names, in colour when the console shows it,
 * and on a terminal a live line tells which lab runs, and for how long, until its verdict. Close it when the check
 * ends, so that the live line's thread stops.
 */
public final class MavenLogListener implements CheckListener, AutoCloseable {
    private final Log log;
    private final ConsoleReport console;
    private final boolean colour;
    private final LiveLine live;
    private final Path projectDir;
    // Set when the check redrew its page, read by the summary after it: one thread calls both.
    private Path page;

    /** A listener writing plain lines to {@code log}, showing paths relative to {@code projectDir}. */
    public MavenLogListener(Log log, Path projectDir) {
        this(log, projectDir, new ConsoleMode(false, false, false, Map.of()), System.out);
    }

    /**
     * A listener writing to {@code log} as {@code mode} allows, its live line (if any) drawn on {@code terminal},
     * the stream Maven's log writes to.
     */
    public MavenLogListener(Log log, Path projectDir, ConsoleMode mode, PrintStream terminal) {
        this.log = log;
        this.console = new ConsoleReport(projectDir);
        this.projectDir = projectDir;
        this.colour = mode.colour();
        this.live = mode.liveLine() ? LiveLine.on(terminal, System::nanoTime) : LiveLine.off();
    }

    @Override
    public void checkStarted(CheckRequest request, Calibration calibration) {
        live.tick(request.options().tick());
        print(console.header(request.options().tick(), calibration, request.options().javaFeature()));
    }

    @Override
    public void warning(String text) {
        live.print(() -> log.warn(text));
    }

    @Override
    public void labStarted(Lab lab) {
        live.started(lab.label());
    }

    @Override
    public void labRerun(Lab lab, int rerun, int reruns) {
        live.rerun(rerun, reruns);
    }

    @Override
    public void labFinished(LabOutcome outcome) {
        live.stopped();
        console.lab(outcome).forEach(this::print);
    }

    @Override
    public void pageWritten(Path page) {
        this.page = page;
    }

    /**
     * Writes the closing lines of the check: the tally over the whole project and the next lab to do, then where
     * the page with its pictures is.
     */
    public void summary(CheckReport report, ProgressSummary progress) {
        console.summary(report, progress).forEach(this::print);
        if (page != null) {
            Path shown = page.toAbsolutePath().startsWith(projectDir.toAbsolutePath())
                    ? projectDir.toAbsolutePath().relativize(page.toAbsolutePath()) : page;
            print(new ConsoleLine(ConsoleLine.Level.INFO, "report: " + shown));
        }
    }

    /** Stops the live line, erasing it, whether the check ended or broke. */
    @Override
    public void close() {
        live.close();
    }

    private void print(ConsoleLine line) {
        String text = StyledLine.of(line, colour);
        live.print(() -> {
            switch (line.level()) {
                case ERROR -> log.error(text);
                case WARN -> log.warn(text);
                default -> log.info(text);
            }
        });
    }
}
