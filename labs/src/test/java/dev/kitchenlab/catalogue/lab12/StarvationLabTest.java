package dev.kitchenlab.catalogue.lab12;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 12's judging on shifts made up: a cook short in a few shifts or many, and the priority shift's printed lines
 * against the kit's count, with what the priorities bought.
 */
class StarvationLabTest {
    private static final long KITCHEN = 1;
    private static final long MS = 1_000_000;
    private static final String FED = "no cook starves";
    private static final String PRIORITIES = "the dishes per priority are printed as the kit counted them";

    private static Observation run(IntPredicate starved, long high, long low, String... printed) {
        return run(starved, shift -> false, high, low, printed);
    }

    /**
     * 3 warm-up shifts and 12 measured of 4 cooks, 1,000 dishes each unless {@code short} says Cook 4 cooked 10 in
     * that shift, the kit's control sleeper 50 ms late in the shifts {@code heldUp} names and never in the others; then
     * a priority shift whose cooks at priority 10 cooked {@code high} dishes and at 1 {@code low}, with the lines the
     * program printed.
     */
    private static Observation run(IntPredicate starved, IntPredicate heldUp, long high, long low,
                                   String... printed) {
        List<Event<?>> events = new ArrayList<>();
        long now = 1_000_000_000L;
        for (int shift = 1; shift <= 15; shift++) {
            long start = now;
            long end = start + 200 * MS;
            // One sleeper's window a shift, a second long as a kitchen's are: the shift's lateness is the worst of it and
            // of the windows before it still open.
            events.add(new Event<>(end, KITCHEN, 2, "kit-control", new Fact.ControlLateness(start, 20,
                    heldUp.test(shift) ? 50 * MS : 0)));
            for (int cook = 1; cook <= 4; cook++) {
                int dishes = cook == 4 && starved.test(shift) ? 10 : 1_000;
                events.add(new Event<>(end, KITCHEN, 10 + cook, "Cook " + cook,
                        new Fact.RoundCook(shift, dishes, dishes, 0, start + MS, start + 2 * MS, end - MS)));
            }
            events.add(new Event<>(end, KITCHEN, 1, "main", new Fact.RaceRound(shift, shift <= 3, 4, 0, -1, false,
                    start, end)));
            now = end + MS;
        }
        long start = now;
        for (int cook = 1; cook <= 4; cook++) {
            events.add(new Event<>(now + 500 * MS, KITCHEN, 20 + cook, "Busy cook " + cook,
                    new Fact.PriorityCook(cook % 2 == 0 ? 1 : 10, (cook % 2 == 0 ? low : high) / 2, start)));
        }
        long at = now + 501 * MS;
        for (String line : printed) {
            events.add(new Event<>(at++, KITCHEN, 1, "main", new Fact.OutputLine(Fact.Stream.OUT, line, true)));
        }
        events.add(new Event<>(now + 502 * MS, KITCHEN, 1, "main", new Fact.PriorityShift(4, 2, start,
                now + 502 * MS)));
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    /** The same run, its shifts' cooks the threads of a pool made for each shift: new names every shift. */
    private static Observation newThreadsEveryShift(Observation run) {
        List<Event<?>> events = run.events(Fact.class).stream().<Event<?>>map(e -> e.fact() instanceof Fact.RoundCook cook
                ? new Event<>(e.epochNanos(), e.pid(), e.threadId(), "pool-" + cook.round() + "-thread-"
                        + (e.threadId() - 10), cook)
                : e).toList();
        return new Observation(run.tick(), KITCHEN, events, List.of(), run.tree(), 0, null, Duration.ofSeconds(30),
                List.of(), List.of(), run.calibration());
    }

    private static Finding finding(Observation run, String expectation) {
        return StarvationLab.LAB.judge(run).stream().filter(f -> f.expectation().equals(expectation)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyCookFedAndTheCountsPrintedAsCountedPassWithWhatPrioritiesBought() {
        Observation run = run(shift -> false, 2_000, 1_960, "priority 10: 2,000 dishes", "priority 1: 1,960 dishes");

        assertThat(StarvationLab.LAB.judge(run)).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
        assertThat(finding(run, PRIORITIES).message()).isEqualTo("you printed what the kit counted (priority 10: "
                + "2,000 dishes, priority 1: 1,960 dishes); here priority 10 bought 1.02× the dishes of priority 1, "
                + "4 cooks sharing 2 CPUs: the JVM hands Java's priorities to the operating system only as a hint, "
                + "and Linux ignores it unless the JVM runs with -XX:ThreadPriorityPolicy=1 and the right to renice "
                + "(root); the talk lists priority starvation because where priorities are honoured, low-priority "
                + "threads can wait for ever behind busy high-priority ones");
    }

    @Test
    void aCookShortInAFewShiftsOnlyIsReportedAndInAQuarterOfThemStarves() {
        Finding few = finding(run(shift -> shift == 9, 2, 2), FED);
        Finding many = finding(run(shift -> shift % 3 == 0, 2, 2), FED);

        assertThat(few.verdict()).isEqualTo(Verdict.PASS);
        assertThat(few.message()).isEqualTo("every cook cooked at least 94 % of an equal share over the 12 shifts; one "
                + "went short in 1 of them only (in shift 9 Cook 4 cooked 10 dishes while Cook 1 cooked 1,000, and an "
                + "equal share was 753), fewer than a quarter, as a busy machine's scheduler does now and then");
        assertThat(many.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(many.message()).startsWith("a cook starved in 4 of 12 shifts");
    }

    @Test
    void aCookShortInAThirdOfTheShiftsWhileTheMachineHeldTheKitUpIsInconclusiveAndInEveryOneStarves() {
        Finding busy = finding(run(shift -> shift % 3 == 0, shift -> true, 2, 2), FED);
        Finding always = finding(run(shift -> true, shift -> true, 2, 2), FED);

        assertThat(busy.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(busy.message()).isEqualTo("a cook went short in 4 of 12 shifts (in shift 6 Cook 4 cooked 10 dishes "
                + "while Cook 1 cooked 1,000, and an equal share was 753), but in 4 of them the machine kept the kit's "
                + "own threads waiting for a core too (by 20 ms or more): the kit cannot tell a cook kept from the stove "
                + "from one kept from a core; run it again");
        assertThat(always.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(always.message()).startsWith("a cook starved in 12 of 12 shifts");
    }

    @Test
    void cooksThatAreNewThreadsEveryShiftAreJudgedShiftByShift() {
        // One short shift of twelve is the machine's, whatever the cooks' names; with new names every shift, the
        // short cook's total over the shifts is that one shift's.
        Finding few = finding(newThreadsEveryShift(run(shift -> shift == 9, 2, 2)), FED);
        Finding many = finding(newThreadsEveryShift(run(shift -> shift % 3 == 0, 2, 2)), FED);

        assertThat(few.verdict()).as(few.message()).isEqualTo(Verdict.PASS);
        assertThat(few.message()).startsWith("the cooks were new threads in each of the 12 shifts, so each shift is judged "
                + "alone; one went short in 1 of them only (in shift 9 pool-9-thread-4 cooked 10 dishes");
        assertThat(many.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(many.message()).startsWith("a cook starved in 4 of 12 shifts");
    }

    @Test
    void priorityLinesInTheStudentsOwnWordsAreReadAndHonouredPrioritiesAreNamed() {
        Observation run = run(shift -> false, 9_000, 1_000, "Priority 1 -> 1000 dishes",
                "at priority 10 the cooks made 9.000 dishes");

        Finding priorities = finding(run, PRIORITIES);
        assertThat(priorities.verdict()).isEqualTo(Verdict.PASS);
        assertThat(priorities.message()).contains("here priority 10 bought 9.00× the dishes of priority 1")
                .contains("this kitchen honours priorities");
    }

    @Test
    void aPriorityWithoutItsLineFailsWithTheKitsCount() {
        Finding priorities = finding(run(shift -> false, 2_000, 1_960, "priority 10: 2,000 dishes"), PRIORITIES);

        assertThat(priorities.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(priorities.message()).startsWith("you printed no line for priority 1, and the kit counted 1,960 "
                + "dishes by its cooks");
    }
}
