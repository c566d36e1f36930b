package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.lab03.CooksLab;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Checks that run beside each other on one project, a class the kitchens' JDK cannot load, and an inspector stopped
 * however it can be: none of them loses a verdict or leaves a process behind.
 */
class StoppingTest {
    private static final Duration TICK = Duration.ofMillis(500);

    @TempDir
    Path work;

    @Test
    void twoChecksAtOnceOnOneProjectEachJudgeTheirOwnRun() throws Exception {
        String reference = "org.example.kitchen.lab03.ManyCooks";
        CompletableFuture<LabResult> ide = CompletableFuture.supplyAsync(
                () -> KitchenRuns.runRight(CooksLab.LAB, reference, work, TICK));
        LabResult terminal = KitchenRuns.runRight(CooksLab.LAB, reference, work, TICK);
        LabResult other = ide.get();

        for (LabResult result : List.of(terminal, other)) {
            assertThat(result.verdict()).as(KitchenRuns.describe(result)).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
            assertThat(result.run().orElseThrow().resolve(RunFolder.RESULT)).isRegularFile();
        }
        assertThat(terminal.run()).isNotEqualTo(other.run());
        for (int i = 0; i < 3; i++) {
            KitchenRuns.run(CooksLab.LAB, reference, work, TICK, null);
        }
        try (Stream<Path> runs = Files.list(work.resolve("lab03"))) {
            assertThat(runs.count()).as("finished runs kept").isLessThanOrEqualTo(4);
        }
    }

    @Test
    void aLabClassCompiledForANewerJavaIsTheEnvironmentsErrorAndSaysWhatToDo() throws IOException {
        Path compiled = Path.of("target", "test-classes", "org", "example", "kitchen", "lab03", "ManyCooks.class");
        Path newer = Files.createDirectories(work.resolve("newer").resolve("org/example/kitchen/lab03"));
        byte[] bytes = Files.readAllBytes(compiled);
        bytes[6] = 0;
        bytes[7] = 99;
        Files.write(newer.resolve("ManyCooks.class"), bytes);
        List<Path> classpath = new ArrayList<>(List.of(work.resolve("newer")));
        classpath.addAll(KitchenRuns.testClasspath());
        RunOptions options = RunOptions.builder().tick(TICK).classpath(classpath).workDir(work.resolve("kitchen"))
                .build();

        LabResult result = new LabRunner(options, Calibrator.measure()).run(CooksLab.LAB,
                "org.example.kitchen.lab03.ManyCooks");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.ERROR);
        assertThat(result.decisive().message()).startsWith("the lab class org.example.kitchen.lab03.ManyCooks was "
                + "compiled for a newer Java than the JDK " + Runtime.version().feature() + " that runs the kitchens")
                .contains("compile it with --release " + Runtime.version().feature());
    }

    @Test
    void aStoppedInspectorTakesItsKitchenAndCooksWithIt() throws Exception {
        assertStoppingLeavesNothing(Process::destroy, "SIGTERM, as an IDE's stop button or a CI cancel sends");
    }

    @Test
    void anInterruptedInspectorTakesItsKitchenAndCooksWithIt() throws Exception {
        // A build started in the background of a script inherits SIGINT ignored, and so would the inspector: there is
        // no Ctrl-C to simulate then.
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this build (started in the background of a shell script)");
        assertStoppingLeavesNothing(inspector -> new ProcessBuilder("kill", "-INT", String.valueOf(inspector.pid()))
                .start().waitFor(), "SIGINT, as Ctrl-C sends");
    }

    @Test
    void aKilledInspectorsKitchenAndCooksNoticeAndEndThemselves() throws Exception {
        assertStoppingLeavesNothing(Process::destroyForcibly, "SIGKILL: no hook of the inspector runs");
    }

    /** Whether this JVM was started with SIGINT ignored, which its children inherit (Linux tells; elsewhere, no). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("SigIgn:")).findFirst()
                    .map(line -> (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0).orElse(false);
        }
    }

    /** How an inspector is stopped. */
    private interface Stop {
        void stop(Process inspector) throws Exception;
    }

    private void assertStoppingLeavesNothing(Stop stop, String how) throws Exception {
        Process inspector = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InspectorMain.class.getName(), work.toString(), "02",
                "students.sleepycooks.lab02.ManyKitchens").redirectErrorStream(true)
                .redirectOutput(work.resolve("inspector.log").toFile()).start();
        String mark = "KITCHEN_INSPECTOR_PID=" + inspector.pid();
        try {
            // The kitchen and its two cooks, all carrying the inspector's pid in their environment.
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (KitchenRuns.processesWithEnvironment(mark).size() < 3 && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(KitchenRuns.processesWithEnvironment(mark)).as("the kitchen and its cooks, running").hasSize(3);

            stop.stop(inspector);

            until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!KitchenRuns.processesWithEnvironment(mark).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(KitchenRuns.processesWithEnvironment(mark)).as("processes of the lab left after " + how)
                    .isEmpty();
        } finally {
            inspector.destroyForcibly();
            for (long pid : KitchenRuns.processesWithEnvironment(mark)) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
