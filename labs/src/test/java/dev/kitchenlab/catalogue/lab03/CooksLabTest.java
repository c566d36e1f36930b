package dev.kitchenlab.catalogue.lab03;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 03 judged end to end: each fixture student runs in a real forked kitchen. */
class CooksLabTest {
    private static final Duration TICK = Duration.ofMillis(500);

    @TempDir
    Path work;

    private LabResult check(String student) {
        return KitchenRuns.run(CooksLab.LAB, "students." + student + ".lab03.ManyCooks", work, TICK);
    }

    @Test
    void referenceSolutionPassesWithFourCookThreadsInOneProcess() {
        LabResult result = KitchenRuns.runRight(CooksLab.LAB, "org.example.kitchen.lab03.ManyCooks", work, TICK);

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        assertThat(result.figures().cookThreads().orElseThrow()).as("cook threads").isGreaterThanOrEqualTo(4);
        assertThat(result.figures().cookProcesses().orElseThrow()).as("cook processes").isZero();
        assertThat(result.figures().ticks().orElseThrow()).as("ticks").isBetween(0.9, 1.5);
        assertThat(result.figures().peakThreads().orElseThrow()).as("threads as ps -T counts them").isGreaterThan(4);
    }

    @Test
    void plainExecutorServiceSolutionPasses() {
        LabResult result = KitchenRuns.runRight(CooksLab.LAB, "students.executor.lab03.ManyCooks", work, TICK);

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
    }

    @Test
    void sequentialCooksFailWithTookTurns() {
        LabResult result = check("sequential");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).contains("1 cook thread", "at most 1 alive at once");
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message())
                .containsPattern("your cooks took turns: 4\\.\\d ticks, expected about 1"));
    }

    @Test
    void greetingsPrintedByMainFailAndSayNoCookStarted() {
        LabResult result = check("mainprints");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message())
                .contains("the greetings were written by main, not by a cook", "no cook thread was started");
    }

    @Test
    void idleCooksBesideAPrintingMainFail() {
        LabResult result = check("idlecooks");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message())
                .contains("written by main, not by a cook", "4 thread(s) were started, but none of them printed");
    }

    @Test
    void missingGreetingFailsNamingIt() {
        LabResult result = check("missing");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).startsWith("missing greeting: Hi Jess!");
    }

    @Test
    void doubledGreetingFailsCountingIt() {
        LabResult result = check("doubled");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).startsWith("Hi Kai! was printed 2 times");
    }

    @Test
    void untouchedSkeletonIsNotStartedAndNamesTheStep() {
        LabResult result = check("skeleton");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.findings()).hasSize(1);
        assertThat(result.decisive().message())
                .startsWith("lab not started: main: map sayHello over NAMES")
                .contains("at students.skeleton.lab03.ManyCooks.main(ManyCooks.java:");
    }

    @Test
    void endlessLoopTimesOutAndLeavesNoProcessBehind() throws IOException {
        LabResult result = KitchenRuns.run(CooksLab.LAB, "students.endless.lab03.ManyCooks", work, TICK,
                Duration.ofSeconds(3));

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.TIMEOUT);
        assertThat(result.decisive().message()).contains("still cooking after 3s");
        assertThat(result.figures().notes()).contains("stopped after 3s");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).as("processes left").isEmpty();
        try (Stream<Path> files = Files.list(work.resolve("lab03").resolve("events"))) {
            List<Long> pids = files.map(f -> Long.parseLong(f.getFileName().toString().replaceAll("\\D", ""))).toList();
            assertThat(pids).as("the kitchen checked in").hasSize(1);
            assertThat(ProcessHandle.of(pids.get(0)).map(ProcessHandle::isAlive)).as("the kitchen, still alive?")
                    .isNotEqualTo(Optional.of(true));
        }
    }

    @Test
    void exceptionInMainIsACrashNamingTheLine() {
        LabResult result = check("burnt");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.CRASH);
        assertThat(result.decisive().message()).startsWith(
                "main threw java.lang.IllegalStateException: the oven is on fire at students.burnt.lab03.ManyCooks.main(ManyCooks.java:");
        assertThat(result.outputTail()).anySatisfy(line -> assertThat(line).contains("the oven is on fire"));
    }

    @Test
    void systemExitBeforeMainReturnsIsACrashEvenWithPerfectOutput() {
        LabResult result = check("exits");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.CRASH);
        assertThat(result.decisive().message()).contains("System.exit(0) before main returned");
    }

    @Test
    void anOutputFloodIsCountedNotStoredAndTheRunIsStillJudged() throws IOException {
        LabResult result = check("flood");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).isEqualTo("a process of the lab printed 200,004 lines; the kit keeps "
                + "the first 20,000 of each process and cannot judge what came after");
        Path eventsDir = work.resolve("lab03").resolve("events");
        Path events = Files.list(eventsDir).findFirst().orElseThrow();
        assertThat(Files.size(events)).as("events kept").isLessThan(5L * 1024 * 1024);
        assertThat(EventFiles.readAll(eventsDir)).extracting(Event::fact)
                .filteredOn(Fact.OutputTruncated.class::isInstance).isNotEmpty();
    }
}
