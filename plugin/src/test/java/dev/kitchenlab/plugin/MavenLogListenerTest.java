package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.LabOutcome;
import dev.kitchenlab.engine.RunOptions;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live line on Maven's console: drawn only on an interactive terminal, erased before a verdict is logged, and
 * its thread gone when the check ends. The log writes to the same stream as the live line, as Maven's does.
 */
class MavenLogListenerTest {
    private static final Lab COOKS = LabCatalogue.select("03").get(0);
    private static final Calibration QUIET = new Calibration(Duration.ZERO, Duration.ZERO, 2);
    private static final String THREAD = "kitchen-live-line";

    @TempDir
    Path project;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);

    /** A Maven log writing {@code [INFO] line} to the same terminal as the live line. */
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            terminal.println("[INFO] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            terminal.println("[WARNING] " + content);
        }

        @Override
        public void error(CharSequence content) {
            terminal.println("[ERROR] " + content);
        }
    };

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private static LabOutcome passed() {
        LabResult result = new LabResult(COOKS.id(), COOKS.name(), COOKS.title(),
                List.of(Finding.of(Verdict.PASS, "fine")), Figures.NONE, List.of());
        return new LabOutcome(COOKS, "edu.school.lab03.ManyCooks", null, result);
    }

    private CheckRequest request() {
        return new CheckRequest(RunOptions.builder().workDir(project.resolve("target/kitchen")).build(),
                project.resolve("target/classes"), List.of(), "03");
    }

    private static boolean liveThreadRuns() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(THREAD) && t.isAlive());
    }

    /** Waits, up to a time generous for a busy machine, for the screen to show {@code text}. */
    private void awaitOnScreen(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!screen().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void notInteractiveNoLiveLineIsDrawnAndNoThreadStarted() throws Exception {
        for (ConsoleMode quiet : List.of(new ConsoleMode(true, false, true, Map.of("TERM", "xterm")),
                new ConsoleMode(true, true, false, Map.of("TERM", "xterm")))) {
            try (MavenLogListener listener = new MavenLogListener(log, project, quiet, terminal)) {
                listener.checkStarted(request(), QUIET);
                listener.labStarted(COOKS);
                assertThat(liveThreadRuns()).as("a live-line thread in %s", quiet).isFalse();
                Thread.sleep(1_200);
                listener.labFinished(passed());
            }
        }

        assertThat(screen()).contains("[INFO] ✔ " + COOKS.label()).doesNotContain("\r").doesNotContain("\u001B")
                .doesNotContain("⋯");
    }

    @Test
    void onATerminalTheLiveLineIsErasedBeforeTheVerdictAndItsThreadEndsWithTheCheck() throws Exception {
        ConsoleMode person = new ConsoleMode(false, true, true, Map.of("TERM", "xterm"));
        try (MavenLogListener listener = new MavenLogListener(log, project, person, terminal)) {
            listener.checkStarted(request(), QUIET);
            listener.labStarted(COOKS);
            awaitOnScreen("⋯ " + COOKS.label());
            listener.labRerun(COOKS, 1, 2);
            awaitOnScreen("rerun 1 of 2");
            listener.labFinished(passed());
            assertThat(liveThreadRuns()).as("the live line's thread while the check goes on").isTrue();
        }
        String shown = screen();
        assertThat(shown).contains("⋯ " + COOKS.label() + "  running").contains("· rerun 1 of 2");
        assertThat(shown).as("the line erased just before the verdict")
                .contains(LiveLine.ERASE + "[INFO] ✔ " + COOKS.label());
        assertThat(shown.substring(shown.indexOf("[INFO] ✔"))).as("nothing drawn after the verdict")
                .doesNotContain("⋯");
        assertThat(liveThreadRuns()).as("the live line's thread after the check").isFalse();
        Thread.sleep(700);
        assertThat(screen()).as("nothing written once closed").isEqualTo(shown);
    }
}
