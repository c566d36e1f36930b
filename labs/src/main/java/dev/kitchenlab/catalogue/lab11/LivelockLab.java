package dev.kitchenlab.catalogue.lab11;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.judging.CookShares;
import dev.kitchenlab.judging.HungRound;
import dev.kitchenlab.judging.Round;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lab 11, the third price of sharing a kitchen: two polite cooks share one pan, and each, holding it, hands it to the
 * other while the other is hungry ("after you!"). Both are always hungry, so the pan goes back and forth and no dish
 * is ever cooked: a livelock, busy where a deadlock is still. The kit hands the student's {@code serve(Order)} many
 * orders in one kitchen, counts the pan's hand-overs and sees them climb while no dish is done.
 *
 * <p>A fix removes the livelock, where one that only makes it rarer does not, when in every round every dish comes
 * after at most {@value #MOST_HAND_OVERS} hand-overs of the pan and within {@link #LONGEST_WAIT_MILLIS} ms of the dish
 * before it. A cook that cooks a dish before it steps aside hands the pan over once a dish; one that steps aside on a
 * coin flip, about once, and {@value #MOST_HAND_OVERS} in a row come once in four billion dishes; one that steps
 * aside 99 times in 100 takes about a hundred hand-overs a dish, so nearly every round of 40 dishes has one over the
 * bound.
 *
 * <p>Measured on 2 cores (JDK 17, 2026-11-29; the campaign's cases, 20 checks each with 4 busy loops beside): the
 * politeness left in livelocked in round 1 of every check, the pan changing hands 20,000 to 45,000 times before the
 * watchdog's first look named it, 0.1 s in; a pause of 1 ms before stepping aside livelocks at 400 to 1,000 hand-overs
 * a second. Cooks that pass the pan after every dish wait for each other each time: up to 4 ms a dish on a quiet
 * machine, 44 ms with 4 busy loops and 204 ms beside other builds, so orders here have 20 dishes a cook; the reference
 * takes at most 2 hand-overs a dish, a coin flip 11 to 14, and 99 times in 100 more than 800.
 */
public final class LivelockLab {
    /** Hand-overs of the pan a dish may take, at most, in a kitchen whose politeness ends. */
    static final long MOST_HAND_OVERS = 32;
    /** The longest a dish may wait after the one before it while the pan changes hands. */
    static final long LONGEST_WAIT_MILLIS = 500;
    private static final long LONGEST_WAIT_NANOS = LONGEST_WAIT_MILLIS * 1_000_000;
    /**
     * Hand-overs in a wait longer than the bound that are no dance: the one hand-over a dish takes, and the last. A
     * longer wait with more is a slow dance, unless the machine held the kit's own sleeper up by a fifth of the bound
     * in that round: then the wait is the machine's, and the lab is inconclusive.
     */
    static final long NO_DANCE = 2;
    /** Rounds in which the cooks must have been in the kitchen together before rounds that ended prove anything. */
    static final int TOGETHER_ENOUGH = 20;
    private static final String ROUNDS = "every round ends";
    private static final String ON_THE_PAN = "every dish is cooked on the pan, one at a time";
    private static final String SHARE = "each cook cooks its share";
    private static final String TOGETHER = "the cooks are in the kitchen together";
    private static final String NO_DANCE_LEFT = "no dish waits long for politeness";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("11", "livelock")
            .title("polite cooks still cook")
            .claim("threads that keep stepping aside for each other stay busy and get nothing done: a livelock, "
                    + "as stuck as a deadlock while the CPU burns")
            .mainClass("PoliteCooks")
            .driver(Driver.LIVELOCK)
            .timeoutTicks(20)
            .hints("Each cook, holding the pan, hands it to the other while the other is hungry. Both are hungry "
                            + "until they have cooked, so the pan goes back and forth for ever and nobody cooks.",
                    "Break the symmetry, or leave it to chance: let a cook that has just been handed the pan cook a "
                            + "dish before it is polite again; or let only one cook step aside; or step aside only "
                            + "on a coin flip.",
                    "In cook, move the politeness after the dish: holding the pan, cook one dish, then, if your "
                            + "partner is hungry, pan.handTo(partner). Each dish then takes one hand-over.")
            .expect(Expectation.of(ROUNDS, LivelockLab::roundsEnded,
                    "a cook holding the pan must sometimes cook even though its partner is hungry: cook a dish "
                            + "before you hand the pan over"))
            .expect(Expectation.of(ON_THE_PAN, LivelockLab::onThePan,
                    "make the pan once with new Pan(order, firstCook), and cook only while pan.isHeldBy(me)")
                    .after(ROUNDS))
            .expect(Expectation.of(SHARE, run -> CookShares.of(Round.of(run), CookShares.DISHES, "livelock"),
                    "start order.cooks() cooks, each cooking order.dishes() dishes, and join them all before serve "
                            + "returns").after(ON_THE_PAN))
            .expect(Expectation.of(TOGETHER, LivelockLab::together,
                    "start every cook before you join any: cooks that never meet are never polite to each other")
                    .after(SHARE))
            .expect(Expectation.of(NO_DANCE_LEFT, LivelockLab::noDanceLeft,
                    "end the politeness for good: cook a dish before you step aside again, or let only one cook "
                            + "step aside, or step aside on a coin flip")
                    .after(ON_THE_PAN))
            .notes(LivelockLab::notes)
            .build();

    private LivelockLab() {
    }

    private static Finding roundsEnded(Observation run) {
        return HungRound.of(run).map(hung -> Finding.fail(hung.message(), livelocked(run)
                ? "a cook holding the pan must sometimes cook even though its partner is hungry: cook a dish before "
                        + "you hand the pan over, or step aside only on a coin flip"
                : "wait for the pan by looking at it (pan.isHeldBy(me)) and giving the partner the CPU "
                        + "(Thread.yield()); the partner hands the pan over when its dish is done"))
                .orElseGet(() -> Round.of(run).isEmpty() ? Finding.fail("serve never came back from a round")
                        : Finding.pass(Round.of(run).size() + (Round.of(run).size() == 1 ? " round" : " rounds")
                        + " ended"));
    }

    private static boolean livelocked(Observation run) {
        return run.kitchenEvents(Fact.RoundHung.class).stream().anyMatch(h -> h.fact().handOvers() > 0);
    }

    private static Finding onThePan(Observation run) {
        List<Round> rounds = Round.of(run);
        Map<Integer, Fact.PanRound> pans = pans(run);
        for (Round round : rounds) {
            Fact.PanRound pan = pans.get(round.race().round());
            if (pan == null) {
                return Finding.fail("in round " + round.race().round() + " the cooks cooked without the order's pan: "
                        + "the lab is about sharing one pan, so make it with new Pan(order, firstCook) and cook only "
                        + "while you hold it");
            }
            if (pan.dishesAtOnce() > 1) {
                return Finding.fail("in round " + round.race().round() + " " + pan.dishesAtOnce() + " dishes were "
                        + "cooking on the one pan at the same moment: a cook cooked without holding the pan");
            }
        }
        return Finding.pass("one dish at a time on the pan in every one of " + rounds.size() + " rounds");
    }

    private static Finding together(Observation run) {
        List<Round> rounds = Round.of(run);
        int total = rounds.size();
        long together = rounds.stream().filter(r -> r.mostPresentAtOnce() >= 2).count();
        if (together == 0) {
            return Finding.fail("the cooks took turns: in none of " + total + " rounds was a cook in the kitchen "
                    + "while another was, so nobody ever stepped aside for anybody; cooks that take turns are one "
                    + "cook at a time");
        }
        if (together < Math.min(TOGETHER_ENOUGH, total)) {
            return Finding.inconclusive("the cooks were in the kitchen together in only " + together + " of " + total
                    + " rounds: the machine was too busy for the kit to put their manners to the test; run it again");
        }
        return Finding.pass("the cooks were in the kitchen together in " + together + " of " + total + " rounds");
    }

    private static Finding noDanceLeft(Observation run) {
        List<Fact.PanRound> pans = measured(run);
        if (pans.isEmpty()) {
            return Finding.fail("no round used the pan");
        }
        Fact.PanRound most = pans.stream().max(Comparator.comparingLong(Fact.PanRound::mostHandOversForADish))
                .orElseThrow();
        if (most.mostHandOversForADish() > MOST_HAND_OVERS) {
            long over = pans.stream().filter(p -> p.mostHandOversForADish() > MOST_HAND_OVERS).count();
            return Finding.fail(String.format(Locale.ROOT, "in round %d a dish came only after the pan changed hands "
                    + "%,d times, and in %d of %d rounds one took more than %d: the cooks still step aside for each "
                    + "other, only less often, so the livelock is rarer, not gone", most.round(),
                    most.mostHandOversForADish(), over, pans.size(), MOST_HAND_OVERS));
        }
        Map<Integer, Round> rounds = Round.of(run).stream().collect(Collectors.toMap(r -> r.race().round(),
                Function.identity(), (a, b) -> a));
        Optional<Fact.PanRound> danced = pans.stream().filter(p -> p.longestWaitNanos() > LONGEST_WAIT_NANOS
                && p.handOversInLongestWait() > NO_DANCE && !heldUp(run, rounds.get(p.round())))
                .max(Comparator.comparingLong(Fact.PanRound::longestWaitNanos));
        if (danced.isPresent()) {
            return Finding.fail(String.format(Locale.ROOT, "in round %d a dish waited %.1f s while the pan changed "
                    + "hands %,d times: the cooks still step aside for each other, only more slowly, so the livelock "
                    + "is slower, not gone", danced.get().round(), danced.get().longestWaitNanos() / 1e9,
                    danced.get().handOversInLongestWait()));
        }
        Fact.PanRound longest = pans.stream().max(Comparator.comparingLong(Fact.PanRound::longestWaitNanos))
                .orElseThrow();
        String figures = String.format(Locale.ROOT, "at most %d hand-over%s a dish (%d allowed), the longest wait "
                + "for a dish %s", most.mostHandOversForADish(), most.mostHandOversForADish() == 1 ? "" : "s",
                MOST_HAND_OVERS, millis(longest.longestWaitNanos()));
        if (longest.longestWaitNanos() > LONGEST_WAIT_NANOS) {
            // A wait with no more than the hand-over a dish takes, or on a machine that held the kit up too, is the
            // machine's, not the cooks': nothing to judge it on.
            return Finding.inconclusive(figures + ": a cook waited longer than " + LONGEST_WAIT_MILLIS + " ms while "
                    + "the machine was holding threads up, so the kit cannot tell politeness from a busy machine; "
                    + "run it again");
        }
        return Finding.pass(figures);
    }

    /** Whether the machine held the kit's own sleeper up long enough in the round to explain a long wait. */
    private static boolean heldUp(Observation run, Round round) {
        return round == null || run.lateness(round.race().startEpochNanos(), round.race().endEpochNanos()).toNanos()
                > LONGEST_WAIT_NANOS / 5;
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static Map<Integer, Fact.PanRound> pans(Observation run) {
        return run.kitchenEvents(Fact.PanRound.class).stream().map(Event::fact)
                .collect(Collectors.toMap(Fact.PanRound::round, Function.identity(), (a, b) -> a));
    }

    /** The pan of each round the frequencies are told over. */
    private static List<Fact.PanRound> measured(Observation run) {
        Map<Integer, Fact.PanRound> pans = pans(run);
        return Round.of(run).stream().map(r -> pans.get(r.race().round())).filter(p -> p != null).toList();
    }

    private static List<String> notes(Observation run) {
        List<Round> rounds = Round.of(run);
        List<String> notes = new ArrayList<>();
        run.kitchenEvents(Fact.RoundHung.class).stream().findFirst().ifPresent(hung -> notes.add(
                (hung.fact().handOvers() > 0 ? "livelock in round " : "hung in round ") + hung.fact().round()));
        if (rounds.isEmpty()) {
            return notes;
        }
        notes.add(rounds.size() + " rounds ended");
        List<Fact.PanRound> pans = measured(run);
        if (!pans.isEmpty()) {
            notes.add("hand-overs a dish at most " + pans.stream().mapToLong(Fact.PanRound::mostHandOversForADish)
                    .max().orElse(0));
            notes.add("longest wait " + millis(pans.stream().mapToLong(Fact.PanRound::longestWaitNanos).max()
                    .orElse(0)));
        }
        notes.add("cooks together in " + rounds.stream().filter(r -> r.mostPresentAtOnce() >= 2).count());
        return notes;
    }
}
