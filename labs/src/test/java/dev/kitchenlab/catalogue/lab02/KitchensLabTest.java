package dev.kitchenlab.catalogue.lab02;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 02 judged end to end: each fixture student runs in a real forked kitchen with real cook JVMs. */
class KitchensLabTest {
    /** Forked cooks need a tick of about a second to tell one round from two on 2 cores. */
    private static final Duration TICK = Duration.ofSeconds(1);

    @TempDir
    Path work;

    private LabResult check(String student) {
        return KitchenRuns.run(KitchensLab.LAB, "students." + student + ".lab02.ManyKitchens", work, TICK);
    }

    /** Every JVM of a run checked in with an events file named after its pid: none of them may still be alive. */
    @AfterEach
    void noProcessOfALabRemains() throws IOException {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("processes left by the lab").isEmpty();
        try (Stream<Path> files = Files.list(work.resolve("lab02").resolve("events"))) {
            List<Long> pids = files.map(f -> f.getFileName().toString())
                    .map(name -> Long.parseLong(name.replaceAll("\\D", ""))).toList();
            assertThat(pids).as("the kitchen and its cooks checked in").isNotEmpty();
            assertThat(pids).as("JVMs of the run still alive")
                    .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }
    }

    @Test
    void referenceSolutionPassesWithOneCookProcessPerCpu() {
        LabResult result = KitchenRuns.runRight(KitchensLab.LAB, "org.example.kitchen.lab02.ManyKitchens", work, TICK);

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        int cpus = Runtime.getRuntime().availableProcessors();
        assertThat(result.figures().cookProcesses().orElseThrow()).as("cook processes").isEqualTo(cpus);
        assertThat(result.figures().peakCooksRss().orElseThrow()).as("the cooks' memory, all together").isPositive();
        int rounds = (4 + cpus - 1) / cpus;
        assertThat(result.figures().ticks().orElseThrow()).as("ticks").isBetween((double) rounds, rounds + 0.9);
    }

    @Test
    void theProcessLabDoneWithThreadsFailsWithNoCookProcess() {
        LabResult result = check("threads");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).contains("printed by the kitchen", "no cook process was seen");
    }

    @Test
    void aPoolOfOneFailsWithKitchensTookTurns() {
        LabResult result = check("poolofone");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).containsPattern("your kitchens took turns: 4\\.\\d ticks");
    }

    @Test
    void greetingsPrintedByTheKitchenInsteadOfTheCooksFail() {
        LabResult result = check("kitchenprints");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message())
                .contains("4 greeting(s) were printed by the kitchen", "cook process(es) were started, but the kitchen printed");
    }

    @Test
    void aCookKilledMidMealIsACrashNamingTheCookWhileTheOtherDishesAreStillReported() {
        LabResult result = check("killedcook");

        assertThat(result.verdict()).as(KitchenRuns.describe(result)).isEqualTo(Verdict.CRASH);
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message())
                .matches("cook process \\d \\(pid \\d+\\) died while cooking Jess \\(exit code 137\\)"));
        // Only Jess's dish is missing: the other cooks' greetings still arrived.
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).startsWith("missing greeting: Hi Jess! ("));
    }
}
