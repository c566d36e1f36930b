package dev.kitchenlab.catalogue.lab09;

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
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 09's judging, on stress runs made up to lose updates, to keep the cooks apart, or to leave too few overlaps. */
class RaceLabTest {
    private static final long KITCHEN = 1;
    private static final int DISHES = 5_000;
    private static final int GOOD = 4_375;

    /**
     * 20 warm-up rounds and 200 measured, two cooks of 5,000 dishes (4,375 good) each; {@code together} says which
     * rounds the cooks overlap in, {@code counted} what serve returned.
     */
    private static Observation run(IntPredicate together, IntToLongFunction counted) {
        List<Event<?>> events = new ArrayList<>();
        long now = 1_000_000_000L;
        for (int round = 1; round <= 220; round++) {
            long start = now;
            for (int cook = 1; cook <= 2; cook++) {
                long first = together.test(round) || cook == 1 ? start + 1_000 : start + 2_000_000;
                events.add(new Event<>(first + 1_000_000, KITCHEN, 10 + cook, "cook-" + cook,
                        new Fact.RoundCook(round, DISHES, GOOD, 0, first, first, first + 1_000_000)));
            }
            now += 4_000_000;
            events.add(new Event<>(now, KITCHEN, 1, "main", new Fact.RaceRound(round, round <= 20, 2, DISHES,
                    counted.applyAsLong(round), false, start, now)));
            now += 1_000;
        }
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private static Finding finding(Observation run, String expectation) {
        return RaceLab.LAB.judge(run).stream().filter(f -> f.expectation().equals(expectation)).findFirst()
                .orElseThrow();
    }

    @Test
    void anExactCountWithTheCooksTogetherPasses() {
        Observation run = run(round -> true, round -> 2 * GOOD);

        assertThat(RaceLab.LAB.judge(run)).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
        assertThat(finding(run, "the count is exact in every round").message())
                .isEqualTo("exact in all 200 rounds (about 8,750 good dishes each), 200 of them with the cooks at work "
                        + "together");
        assertThat(RaceLab.LAB.notes(run)).containsExactly("lost updates in 0 of 200 rounds", "cooks together in 200",
                "a round 4.0 ms");
    }

    @Test
    void lostUpdatesAreToldAsAFrequencyWithTheWorstRound() {
        Finding exact = finding(run(round -> true, round -> 2 * GOOD - (round % 50 == 0 ? round : 0)),
                "the count is exact in every round");

        assertThat(exact.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(exact.message()).startsWith("lost updates in 4 of 200 rounds, worst round lost 200 of 8,750 good "
                + "dishes: count++ is a read");
    }

    @Test
    void aCountOfEveryDishGoodOrBurntIsMoreThanCameOutRight() {
        Finding exact = finding(run(round -> true, round -> 2 * DISHES), "the count is exact in every round");

        assertThat(exact.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(exact.message()).isEqualTo("serve counted more dishes than came out right in 200 of 200 rounds "
                + "(round 21: 10,000 counted, 8,750 good by the kit's count)");
    }

    @Test
    void cooksNeverTogetherTookTurns() {
        Finding together = finding(run(round -> false, round -> 2 * GOOD), "the cooks cook at the same time");

        assertThat(together.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(together.message()).startsWith("the cooks took turns: in none of 200 rounds");
    }

    @Test
    void tooFewRoundsTogetherToPutTheCountToTheTestAreInconclusive() {
        Observation run = run(round -> round % 20 == 0, round -> 2 * GOOD);

        assertThat(finding(run, "the cooks cook at the same time").verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(finding(run, "the cooks cook at the same time").message()).isEqualTo("the cooks cooked at the same "
                + "time in only 10 of 200 rounds: the machine was too busy for the kit to put the count to the test; "
                + "run it again");
        assertThat(finding(run, "the count is exact in every round").verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void lostUpdatesOutweighTooFewRoundsTogether() {
        Observation run = run(round -> round % 20 == 0, round -> round == 100 ? 2 * GOOD - 3 : 2 * GOOD);

        assertThat(RaceLab.LAB.judge(run)).anySatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.FAIL));
        assertThat(finding(run, "the count is exact in every round").message())
                .startsWith("lost updates in 1 of 200 rounds, worst round lost 3 of 8,750 good dishes");
    }
}
