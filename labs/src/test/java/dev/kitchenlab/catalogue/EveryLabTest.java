package dev.kitchenlab.catalogue;

import dev.kitchenlab.engine.BusyPrograms;
import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every lab judged end to end: each program of each lab's {@code Cases} runs in a real forked kitchen (with real
 * cook JVMs where the lab forks them) and must get its verdict and its own diagnosis. The suite's longest test, so it
 * runs beside the other test classes, except those that look at every child of this JVM.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = KitchenRuns.CHILD_PROCESSES, mode = ResourceAccessMode.READ)
class EveryLabTest {
    /**
     * The labs whose programs keep a core busy (the races of labs 09 to 14, the spawn figures of 06) or whose verdict
     * rests on fine timings (05's milliseconds, 15's): each of their programs takes a core of its own. Measured with
     * process accounting over the whole test (2 cores, JDK 17): their kitchens and cooks used 0.65 to 1.0 s of CPU a
     * second of their runs (05: 0.3); those of labs 01, 02, 03, 04, 07 and 08, which wait on the talk's ticks, 0.2 to
     * 0.6 s, and they judge no figure that a busy machine would move (they pass beside four busy loops; lab 04 allows a
     * run 0.6 tick over its ticks before it calls the machine too busy). Lab 05 beside the busy ones saved little, and a
     * CI run beside two busy loops then stretched its 100 ms sleep to 340 ms.
     *
     * <p>Each list names its labs longest programs first (the mean run of a lab's programs in a CI run, 2 cores,
     * 2026-11-30: lab 15 13 s, 12 9 s, 10 5 s ... 05 1.3 s; 08 7 s ... 01 1.4 s). The test threads take the programs
     * in about that order, so the long ones start early and the short ones fill the cores at the end: in catalogue
     * order lab 15's programs, the longest, came last and ran while the other cores had nothing left to do, and lab 05,
     * which takes a core but uses a third of it, came first. The order may move time, never a verdict: when it did (lab
     * 12's programs right after lab 15's, beside two busy loops, a right one was judged starving), lab 12 was mended to
     * hold shifts on a machine that busy INCONCLUSIVE, and the order kept.
     */
    private static final List<String> BUSY_LABS = List.of("15", "12", "10", "14", "09", "13", "11", "06", "05");
    private static final List<String> WAITING_LABS = List.of("08", "04", "07", "02", "03", "01");

    @TempDir
    Path work;

    static List<LabCase> cases() {
        // -Dcases=REGEX (over "NN name: case") judges a few programs again while a lab is being written.
        Pattern only = Pattern.compile(System.getProperty("cases", ""));
        List<LabCase> chosen = AllCases.everyLab().stream().filter(c -> only.matcher(c.toString()).find()).toList();
        return busyAndWaitingInTurn(chosen);
    }

    /**
     * The busy programs and the waiting ones in turn, each kind longest first (labs in the order of their list, a lab's
     * programs in the order of its cases), spread in proportion to how many there are of each (about two busy ones to
     * one waiting one): the test threads take them roughly in this order, and a stretch of waiting programs took every
     * thread while no busy program ran (one a turn left the busy programs' cores unused for a fifth of the test).
     */
    static List<LabCase> busyAndWaitingInTurn(List<LabCase> programs) {
        List<LabCase> busy = longestFirst(programs.stream().filter(EveryLabTest::isBusy), BUSY_LABS);
        List<LabCase> waiting = longestFirst(programs.stream().filter(c -> !isBusy(c)), WAITING_LABS);
        List<LabCase> inTurn = new ArrayList<>(programs.size());
        int b = 0;
        int w = 0;
        while (b < busy.size() || w < waiting.size()) {
            // The kind that is further behind its share of the list so far goes next.
            boolean busyNext = w == waiting.size()
                    || b < busy.size() && (long) b * waiting.size() <= (long) w * busy.size();
            inTurn.add(busyNext ? busy.get(b++) : waiting.get(w++));
        }
        return inTurn;
    }

    private static List<LabCase> longestFirst(Stream<LabCase> programs, List<String> labsLongestFirst) {
        // A stable sort: a lab's programs keep their order. A lab in neither list comes last (the test below fails).
        return programs.sorted(Comparator.comparingInt(c -> {
            int rank = labsLongestFirst.indexOf(c.lab().id());
            return rank < 0 ? Integer.MAX_VALUE : rank;
        })).toList();
    }

    private static boolean isBusy(LabCase program) {
        return BUSY_LABS.contains(program.lab().id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    // Side by side, twice as many as the machine has cores (junit-platform.properties), busy ones no more than it has
    // cores: the suite's longest test, and each program runs in kitchens of its own with a working folder of its own,
    // as two checks at once do.
    @Execution(ExecutionMode.CONCURRENT)
    void eachProgramIsJudgedAsATeacherWould(LabCase program) throws Exception {
        // Lab 15's programs were compiled at release 21 only: their kitchens run on the JDK 21+ the build names
        // (KITCHEN_JDK21), and without one they are not judged, saying why.
        assumeTrue(KitchenRuns.kitchensJdkFor(program.lab()).isPresent(), () -> "lab " + program.lab().label()
                + " needs JDK " + program.lab().minimumJdk() + "+ and was not judged on JDK "
                + Runtime.version().feature() + ": set KITCHEN_JDK21");
        if (isBusy(program)) {
            BusyPrograms.onACore(() -> program.check(work));
        } else {
            program.check(work);
        }
    }

    @Test
    void everyProgramIsJudgedOnceWhateverItsTurn() {
        List<LabCase> every = AllCases.everyLab();
        assertThat(busyAndWaitingInTurn(every)).containsExactlyInAnyOrderElementsOf(every);
        // Each lab is busy or waiting, once: a new lab takes its place in one list, by how long its programs run.
        List<String> both = new ArrayList<>(BUSY_LABS);
        both.addAll(WAITING_LABS);
        assertThat(both).doesNotHaveDuplicates();
        assertThat(LabCatalogue.all()).extracting(lab -> lab.id()).containsExactlyInAnyOrderElementsOf(both);
    }

    @Test
    void everyLabHasItsReferenceSolutionAndAWrongProgramToJudge() {
        for (var lab : LabCatalogue.all()) {
            List<LabCase> programs = AllCases.of(lab);
            assertThat(programs).as(lab.label()).anyMatch(c -> c.mainClass()
                    .equals("org.example.kitchen." + lab.packageSegment() + "." + lab.mainClass()));
            assertThat(programs).as(lab.label()).anyMatch(c -> !c.isRight());
        }
    }
}
