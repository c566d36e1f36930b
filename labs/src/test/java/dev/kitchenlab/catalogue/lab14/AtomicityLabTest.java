package dev.kitchenlab.catalogue.lab14;

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
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 14's judging, on stress runs made up to oversell, to lose sales in the books, or to leave portions unsold. */
class AtomicityLabTest {
    private static final long KITCHEN = 1;
    private static final int DISHES = 2_000;
    private static final int MENU = 8;
    private static final int PORTIONS = 375;
    private static final long STOCK = (long) MENU * PORTIONS;
    private static final Fact.PantryClass PLAIN = new Fact.PantryClass("", "LastPortion.serveOne: getfield sold, "
            + "iconst_1, iadd, putfield sold", false, false, true);

    /** Rounds as they were: what the pantry did, and what serve's books said. */
    private record Shelves(long plated, int dishesOversold, int mostOverOneDish, long unsold) {
        static final Shelves EXACT = new Shelves(STOCK, 0, 0, 0);
    }

    /**
     * 20 warm-up rounds and 200 measured of two cooks taking 2,000 requests each, the cooks together; {@code pantry}
     * says what each round's pantry did, {@code books} what serve returned.
     */
    private static Observation run(Fact.PantryClass pantryClass, IntFunction<Shelves> pantry, IntToLongFunction books) {
        List<Event<?>> events = new ArrayList<>();
        long now = 1_000_000_000L;
        events.add(new Event<>(now, KITCHEN, 1, "main", pantryClass));
        for (int round = 1; round <= 220; round++) {
            long start = now;
            Shelves what = pantry.apply(round);
            for (int cook = 1; cook <= 2; cook++) {
                long first = start + 1_000 * cook;
                events.add(new Event<>(first + 1_000_000, KITCHEN, 10 + cook, "cook-" + cook,
                        new Fact.RoundCook(round, DISHES, (int) what.plated() / 2, 0, first, first,
                                first + 1_000_000)));
            }
            now += 4_000_000;
            long oversold = Math.max(0, what.plated() - STOCK);
            events.add(new Event<>(now, KITCHEN, 1, "main", new Fact.PantryRound(round, MENU, PORTIONS, what.plated(),
                    what.dishesOversold(), oversold, what.mostOverOneDish(), what.unsold())));
            events.add(new Event<>(now, KITCHEN, 1, "main", new Fact.RaceRound(round, round <= 20, 2, DISHES,
                    books.applyAsLong(round), false, start, now)));
            now += 1_000;
        }
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private static Finding finding(Observation run, String expectation) {
        return AtomicityLab.LAB.judge(run).stream().filter(f -> f.expectation().equals(expectation)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyPortionOnceWithBooksThatMatchPasses() {
        Observation run = run(PLAIN, round -> Shelves.EXACT, round -> STOCK);

        assertThat(AtomicityLab.LAB.judge(run)).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
        assertThat(AtomicityLab.LAB.notes(run)).containsExactly("oversold in 0 of 200 rounds", "books wrong in 0",
                "cooks together in 200", "count++ in bytecode: LastPortion.serveOne: getfield sold, iconst_1, iadd, "
                        + "putfield sold");
    }

    @Test
    void overSellingIsToldAsAFrequencyWithTheWorstRound() {
        Observation run = run(PLAIN, round -> round % 50 == 0 ? new Shelves(STOCK + round, 3, round / 2, 0)
                : Shelves.EXACT, round -> round % 50 == 0 ? STOCK + round - 7 : STOCK);

        Finding oversold = finding(run, "no portion goes out twice");
        assertThat(oversold.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(oversold.message()).startsWith("oversold in 4 of 200 rounds, worst round 200 portions too many "
                + "(round 200, 3 of the 8 dishes): two cooks both saw a portion left, both plated it and both took it "
                + "off the shelf, which went below zero; and taking one off is itself a read of the shelf");
    }

    @Test
    void neverMoreThanOneTooManyADishWithRightBooksIsTheGapBetweenLookAndTake() {
        Observation run = run(PLAIN, round -> round % 10 == 0 ? new Shelves(STOCK + 2, 2, 1, 0) : Shelves.EXACT,
                round -> round % 10 == 0 ? STOCK + 2 : STOCK);

        assertThat(finding(run, "no portion goes out twice").message()).startsWith("oversold in 20 of 200 rounds, "
                + "worst round 2 portions too many (round 30, 2 of the 8 dishes): never more than 1 too many of one "
                + "dish and the books right, so each step was safe alone");
    }

    @Test
    void aConcurrentHashMapsGetThenPutIsNamedFromTheBytecode() {
        Fact.PantryClass concurrent = new Fact.PantryClass("", "", true, false, true);
        Observation run = run(concurrent, round -> round == 100 ? new Shelves(STOCK + 40, 5, 12, 0) : Shelves.EXACT,
                round -> round == 100 ? STOCK + 40 : STOCK);

        assertThat(finding(run, "no portion goes out twice").message()).contains("your shelves are a "
                + "ConcurrentHashMap, whose every get and every put is safe alone");
    }

    @Test
    void booksMadeVolatileLoseSalesAndShowTheirBytecodes() {
        Fact.PantryClass volatileBooks = new Fact.PantryClass("LastPortion.sold", PLAIN.countUpdate(), true, true,
                true);
        Observation run = run(volatileBooks, round -> Shelves.EXACT, round -> round % 4 == 0 ? STOCK - round : STOCK);

        Finding books = finding(run, "the books match the plates");
        assertThat(books.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(books.message()).isEqualTo("the books were wrong in 50 of 200 rounds, worst round 220: 2,780 sold "
                + "by the books, 3,000 plated by the kit's count: your LastPortion.sold is volatile, so every cook sees "
                + "the latest count, but count++ is still a read, an add and a write, and two cooks read the same "
                + "count and both wrote it back plus one; the JVM runs it as separate bytecodes (javap -c): "
                + "LastPortion.serveOne: getfield sold, iconst_1, iadd, putfield sold");
    }

    @Test
    void portionsLeftWhileGuestsWereTurnedAwayFail() {
        Observation run = run(PLAIN, round -> round == 150 ? new Shelves(STOCK - 9, 0, 0, 9) : Shelves.EXACT,
                round -> round == 150 ? STOCK - 9 : STOCK);

        assertThat(finding(run, "every portion goes out").message()).isEqualTo("portions were left on the shelves "
                + "while guests were turned away in 1 of 200 rounds (round 150: 9 of 3,000 left, though more were "
                + "asked for): a take that lost a race to another cook gave up instead of trying again");
    }

    @Test
    void aJdkWithoutJavapIsSaidPlainly() {
        Observation run = run(new Fact.PantryClass("", "", false, false, false), round -> Shelves.EXACT,
                round -> STOCK);

        assertThat(AtomicityLab.LAB.notes(run)).contains("no javap in this JDK");
    }
}
