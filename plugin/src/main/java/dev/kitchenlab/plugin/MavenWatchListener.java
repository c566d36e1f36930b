package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.LabOutcome;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.engine.watch.CompileProblem;
import dev.kitchenlab.engine.watch.CompileUnit;
import dev.kitchenlab.engine.watch.WatchConsole;
import dev.kitchenlab.engine.watch.WatchListener;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import org.apache.maven.plugin.logging.Log;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Shows a watch on Maven's console: its own lines, and each check as {@code kitchen:check} shows it, in colour and
 * with a live line where the console allows.
 */
final class MavenWatchListener implements WatchListener, AutoCloseable {
    private final Log log;
    private final WatchConsole words;
    private final MavenLogListener checks;

    MavenWatchListener(Log log, Path projectDir, ConsoleMode mode, PrintStream terminal) {
        this.log = log;
        this.words = new WatchConsole(projectDir);
        this.checks = new MavenLogListener(log, projectDir, mode, terminal);
    }

    @Override
    public void labRerun(Lab lab, int rerun, int reruns) {
        checks.labRerun(lab, rerun, reruns);
    }

    /** Stops the live line's drawing. */
    @Override
    public void close() {
        checks.close();
    }

    @Override
    public void caughtUp(int units, Duration took) {
        words.caughtUp(units, took).forEach(this::print);
    }

    @Override
    public void watching(List<Path> sourceRoots, Duration poll, ProgressSummary progress) {
        words.watching(sourceRoots, poll, progress).forEach(this::print);
    }

    @Override
    public void compiled(CompileUnit unit, Duration took) {
        print(words.compiled(unit, took));
    }

    @Override
    public void notCompiled(CompileUnit unit, List<CompileProblem> problems) {
        words.notCompiled(unit, problems).forEach(this::print);
    }

    @Override
    public void checkStarted(CheckRequest request, Calibration calibration) {
        checks.checkStarted(request, calibration);
    }

    @Override
    public void warning(String text) {
        checks.warning(text);
    }

    @Override
    public void labStarted(Lab lab) {
        checks.labStarted(lab);
    }

    @Override
    public void labFinished(LabOutcome outcome) {
        checks.labFinished(outcome);
    }

    @Override
    public void pageWritten(Path page) {
        checks.pageWritten(page);
    }

    @Override
    public void checked(CheckReport report, ProgressSummary progress) {
        checks.summary(report, progress);
    }

    @Override
    public void waiting() {
        print(words.waiting());
    }

    private void print(ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> log.error(line.text());
            case WARN -> log.warn(line.text());
            default -> log.info(line.text());
        }
    }
}
