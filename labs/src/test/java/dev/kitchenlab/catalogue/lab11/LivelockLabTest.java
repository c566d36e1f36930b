package dev.kitchenlab.catalogue.lab11;

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
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 11's judging of what happened on the pan, on stress runs made up: hand-overs per dish, the longest wait for a
 * dish, and a machine that held the kit up.
 */
class LivelockLabTest {
    private static final long KITCHEN = 1;
    private static final int DISHES = 20;
    private static final String NO_DANCE = "no dish waits long for politeness";
    private static final long MS = 1_000_000;

    /** One round of the pan: its most hand-overs for a dish, its longest wait and the hand-overs in it. */
    private record Pan(long most, long waitNanos, long inWait) {
    }

    /**
     * 20 warm-up rounds and 200 measured, two cooks of 20 dishes together in each; {@code pan} says what happened on
     * the pan of each round; {@code latenessNanos} is how late the kit's sleeper woke all along.
     */
    private static Observation run(IntFunction<Pan> pan, long latenessNanos) {
        List<Event<?>> events = new ArrayList<>();
        long now = 1_000_000_000L;
        for (int round = 1; round <= 220; round++) {
            long start = now;
            Pan on = pan.apply(round);
            long end = start + 2 * MS + on.waitNanos();
            for (int cook = 1; cook <= 2; cook++) {
                events.add(new Event<>(end, KITCHEN, 10 + cook, "Cook " + (char) ('A' + cook - 1),
                        new Fact.RoundCook(round, DISHES, DISHES, 0, start + 1_000, start + 2_000, end - 1_000)));
            }
            events.add(new Event<>(end, KITCHEN, 1, "main",
                    new Fact.PanRound(round, 40, on.most(), on.waitNanos(), on.inWait(), 1)));
            events.add(new Event<>(end, KITCHEN, 1, "main", new Fact.RaceRound(round, round <= 20, 2, DISHES, -1,
                    false, start, end)));
            now = end + 1_000;
        }
        for (long window = 0; window <= now + 1_000_000_000L; window += 1_000_000_000L) {
            events.add(new Event<>(window, KITCHEN, 2, "kitchen-lab-sleeper",
                    new Fact.ControlLateness(window, 20, latenessNanos)));
        }
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private static Finding noDance(Observation run) {
        return LivelockLab.LAB.judge(run).stream().filter(f -> f.expectation().equals(NO_DANCE)).findFirst()
                .orElseThrow();
    }

    @Test
    void oneHandOverADishAndShortWaitsPassWithTheirFigures() {
        Observation run = run(round -> new Pan(round == 100 ? 2 : 1, 3 * MS, 1), MS);

        assertThat(LivelockLab.LAB.judge(run)).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
        assertThat(noDance(run).message()).isEqualTo("at most 2 hand-overs a dish (32 allowed), the longest wait for "
                + "a dish 3.0 ms");
        assertThat(LivelockLab.LAB.notes(run)).containsExactly("200 rounds ended", "hand-overs a dish at most 2",
                "longest wait 3.0 ms", "cooks together in 200");
    }

    @Test
    void aDishAfterMoreHandOversThanAllowedIsALivelockMadeRarer() {
        Finding finding = noDance(run(round -> new Pan(round % 10 == 0 ? 33 : 4, MS, 4), MS));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).startsWith("in round 30 a dish came only after the pan changed hands 33 times, "
                + "and in 20 of 200 rounds one took more than 32: the cooks still step aside");
    }

    @Test
    void aLongWaitFullOfHandOversOnAMachineThatKeptUpIsASlowerLivelock() {
        Finding finding = noDance(run(round -> new Pan(5, round == 150 ? 800 * MS : MS, 5), MS));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).startsWith("in round 150 a dish waited 0.8 s while the pan changed hands 5 "
                + "times: the cooks still step aside for each other, only more slowly");
    }

    @Test
    void aLongWaitTheMachineExplainsIsInconclusiveNeverAFailure() {
        Finding heldUp = noDance(run(round -> new Pan(5, round == 150 ? 800 * MS : MS, 5), 300 * MS));
        Finding noPoliteness = noDance(run(round -> new Pan(1, round == 150 ? 800 * MS : MS, 1), MS));

        assertThat(heldUp.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(noPoliteness.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(noPoliteness.message()).startsWith("at most 1 hand-over a dish (32 allowed), the longest wait for "
                + "a dish 800.0 ms: a cook waited longer than 500 ms");
    }
}
