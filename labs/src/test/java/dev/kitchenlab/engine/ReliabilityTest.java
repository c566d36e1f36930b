package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.lab02.KitchensLab;
import dev.kitchenlab.catalogue.lab03.CooksLab;
import dev.kitchenlab.lab.JvmOptions;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broken and hostile programs, the kit's normal input: each gets its verdict and a message that says what happened
 * and what to do, and no process of its run is left on the machine afterwards (read from the process table, not
 * from the kit's word). It runs beside the other test classes, except those that look at every child of this JVM.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = KitchenRuns.CHILD_PROCESSES, mode = ResourceAccessMode.READ)
class ReliabilityTest {
    private static final Duration TICK = Duration.ofMillis(500);
    /**
     * A left-behind process as the verdict names it: what it runs when the kit stops it. The fixtures' shells fork a
     * child that becomes {@code sleep} (through {@code env} or {@code setsid}) a moment later, and on a busy machine the
     * kit, which sweeps as soon as the kitchen has ended, can stop it before: "sh (pid 32105)" in a CI run, as true.
     */
    private static final String LEFT = "(?:sleep|sh|env|setsid)";

    @TempDir
    Path work;

    private static String lab03(String student) {
        return "students." + student + ".lab03.ManyCooks";
    }

    private static LabCase.Check nothingLeft() {
        return (result, work) -> {
            assertThat(KitchenRuns.processesOfTheRun(result)).as("processes of the run still alive").isEmpty();
            KitchenRuns.assertNothingLeftRunning(result);
        };
    }

    /**
     * The processes the verdict names as having outlived the kitchen ({@code sleep (pid 4242)}), {@code count} of
     * them, are gone from the process table, and so is the rest of the run. Looked up by pid, not by command line: a
     * {@code sleep 300} of another build on the machine is none of this run's.
     */
    private static LabCase.Check namedOnesGone(int count) {
        return (result, work) -> {
            List<Long> named = Pattern.compile("\\(pid (\\d+)\\)").matcher(result.decisive().message()).results()
                    .map(m -> Long.parseLong(m.group(1))).toList();
            assertThat(named).as("the processes the verdict names").hasSize(count);
            assertThat(named).as("named processes still alive")
                    .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            nothingLeft().on(result, work);
        };
    }

    static List<LabCase> cases() {
        return List.of(
                LabCase.wrong(CooksLab.LAB, "a deadlock", lab03("deadlock"), TICK, Verdict.TIMEOUT,
                        "^a deadlock: cook-\\w at students\\.deadlock\\.lab03\\.ManyCooks\\.cook\\(ManyCooks\\.java:\\d+\\) "
                                + "and cook-\\w at .* each waited for a lock another of them held")
                        .timeout(Duration.ofSeconds(3)).also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "a cook deaf to interrupts", lab03("deafcook"), TICK, Verdict.TIMEOUT,
                        "still cooking at your -Dkitchen\\.timeout=3s.*main was waiting.*cook-1 was timed_waiting at "
                                + "students\\.deafcook"
                                + "\\.lab03\\.ManyCooks\\.stir\\(ManyCooks\\.java:\\d+\\)")
                        .timeout(Duration.ofSeconds(3)).also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "a thread left running after main", lab03("leakedthread"), TICK,
                        Verdict.TIMEOUT, "^main returned, but the kitchen was still open at your -Dkitchen\\.timeout=3s: a "
                                + "thread that is "
                                + "not a daemon kept it alive; just before, forgotten-cook was timed_waiting at "
                                + "students\\.leakedthread\\.lab03\\.ManyCooks\\.lambda\\$main\\$0\\(ManyCooks\\.java:\\d+\\)")
                        .timeout(Duration.ofSeconds(3)).also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "System.exit(1)", lab03("exitone"), TICK, Verdict.CRASH,
                        "^the kitchen was shut down by System\\.exit\\(1\\) before main returned$").also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "Runtime.halt", lab03("halts"), TICK, Verdict.CRASH,
                        "^the kitchen stopped without shutting down \\(exit code 42\\): Runtime\\.halt").also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "a heap that fills up", lab03("heap"), TICK, Verdict.CRASH,
                        "^main threw java\\.lang\\.OutOfMemoryError: Java heap space at students\\.heap\\.lab03"
                                + "\\.ManyCooks\\.main")
                        .also((result, work) -> {
                            assertThat(result.decisive().advice()).contains("heap is capped",
                                    JvmOptions.DEFAULT_KITCHEN_HEAP_MB + " MB");
                            assertThat(result.figures().peakKitchenRss().orElse(0)).as("the kitchen's memory")
                                    .isLessThan(600L * 1024 * 1024);
                            nothingLeft().on(result, work);
                        }),
                LabCase.wrong(CooksLab.LAB, "a stack overflow", lab03("stack"), TICK, Verdict.CRASH,
                        "^main threw java\\.lang\\.StackOverflowError at students\\.stack\\.lab03\\.ManyCooks\\.stir")
                        .also(nothingLeft()),
                LabCase.wrong(KitchensLab.LAB, "a fork bomb", "students.forkbomb.lab02.ManyKitchens", TICK, Verdict.FAIL,
                        "^\\d+ processes were running under the kitchen at once, and this lab allows "
                                + KitchensLab.LAB.mostProcesses() + ": a fork bomb.*; the kit stopped the kitchen and "
                                + "every process under it$")
                        .also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "a thread bomb", lab03("threadbomb"), TICK, Verdict.FAIL,
                        "^pid \\d+ had \\d+ threads at once, and this lab allows 1000 a process")
                        .also(nothingLeft()),
                LabCase.wrong(CooksLab.LAB, "a grandchild and a double fork left behind", lab03("orphans"), TICK,
                        Verdict.FAIL, "^2 processes started by your kitchen outlived it: " + LEFT + " \\(pid \\d+\\), "
                                + LEFT + " \\(pid \\d+\\); the kit stopped them$")
                        .also(namedOnesGone(2)),
                LabCase.wrong(CooksLab.LAB, "a grandchild with its environment cleared", lab03("clearedenv"), TICK,
                        Verdict.FAIL, "^a process started by your kitchen outlived it: " + LEFT + " \\(pid \\d+\\); the "
                                + "kit stopped it$")
                        .also(namedOnesGone(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    // Side by side, as EveryLabTest's programs: most of these wait out a hang or a timeout, and each looks for what
    // is left of its own run by the run's marker, never at the rest of the machine. Each takes a core: a fork bomb, a
    // thread bomb and a heap that fills up are among them.
    @Execution(ExecutionMode.CONCURRENT)
    void eachBrokenProgramGetsItsVerdictAndLeavesNothingBehind(LabCase program) throws Exception {
        BusyPrograms.onACore(() -> program.check(work));
    }
}
