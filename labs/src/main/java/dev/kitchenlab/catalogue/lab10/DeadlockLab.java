package dev.kitchenlab.catalogue.lab10;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.judging.CookShares;
import dev.kitchenlab.judging.HungRound;
import dev.kitchenlab.judging.Round;
import dev.kitchenlab.judging.Statistics;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lab 10, the second price of sharing a kitchen: two cooks each need the knife and the board for every dish, take
 * them in opposite orders, and each ends up holding one and waiting for the other. The kit hands the student's
 * {@code serve(Order)} hundreds of orders in one kitchen; the JVM finds the cycle while it happens, and the kit names
 * it in kitchen words with the student's lines. A fix passes when every round ends while the cooks still cook at the
 * same time, each its share.
 *
 * <p>Measured on 2 cores (JDK 17, the kitchen's default JIT, 2026-11-29; the campaign's opposite-orders case, 20 checks
 * each): the untouched cycle deadlocked in round 1 in 15 checks and round 2 in 5 on a quiet machine, and with 4 busy
 * loops beside in round 1 in 16, round 2 in 3 and round 9 in 1; the JVM's cycle was reported 0.1 s after the last
 * dish, 0.2 s since the watchdog wants it found on two looks in a row (a cycle of timed waits, as two cooks' {@code
 * tryLock(1, MILLISECONDS)} make, undoes itself, and one look took it for a deadlock in 1 check of 10 under load). The
 * 20 warm-up and 200 measured rounds of 2 cooks × 5,000 dishes leave a wide margin.
 */
public final class DeadlockLab {
    /** Rounds in which the cooks must have overlapped before rounds that ended prove anything. */
    static final int OVERLAPPED_ENOUGH = 20;
    private static final String ROUNDS = "every round ends";
    private static final String SHARE = "each cook cooks its share";
    private static final String TOGETHER = "the cooks cook at the same time";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("10", "deadlock")
            .title("no cook waits forever for another")
            .claim("threads share the kitchen's utensils, so two cooks that each hold one and wait for the other's "
                    + "wait forever: a deadlock")
            .mainClass("KnifeAndBoard")
            .driver(Driver.DEADLOCK)
            .timeoutTicks(20)
            .hints("Cook A takes the knife, then the board; Cook B takes the board, then the knife. When each has "
                            + "taken its first, each waits for the one the other holds, and neither ever lets go.",
                    "A deadlock needs a cycle. Break it: let every cook take the utensils in the same order, or let a "
                            + "cook that cannot get its second utensil soon put the first one down and try again.",
                    "In cookB take knife first, then board, as cookA does; or take the second with "
                            + "board.tryLock(1, MILLISECONDS) and, when it fails, unlock the first, back off a moment "
                            + "and start over.")
            .expect(Expectation.of(ROUNDS, DeadlockLab::roundsEnded,
                    "take the knife and the board in the same order in every cook, or take the second with a "
                            + "timeout and put the first down when it fails"))
            .expect(Expectation.of(SHARE, DeadlockLab::shares,
                    "start order.cooks() cooks, each cooking order.dishes() dishes, and join them all before serve "
                            + "returns").after(ROUNDS))
            .expect(Expectation.of(TOGETHER, DeadlockLab::together,
                    "start every cook before you join any: a fix that keeps the cooks apart hides the deadlock "
                            + "instead of fixing it").after(SHARE))
            .notes(DeadlockLab::notes)
            .build();

    private DeadlockLab() {
    }

    private static Finding roundsEnded(Observation run) {
        boolean deadlock = run.kitchenEvents(Fact.HungCook.class).stream().anyMatch(c -> c.fact().deadlocked());
        return HungRound.of(run).map(hung -> Finding.fail(hung.message(), deadlock
                ? "break the cycle: every cook takes the knife first and the board second, or takes the second with "
                        + "tryLock(timeout) and puts the first down when it fails"
                : "a cook that cannot get its second utensil must put the first one down before it tries again "
                        + "(unlock in a finally block), and wait with a timeout, never spin forever"))
                .orElseGet(() -> Round.of(run).isEmpty() ? Finding.fail("serve never came back from a round")
                        : Finding.pass(Round.of(run).size() + (Round.of(run).size() == 1 ? " round" : " rounds")
                        + " ended"));
    }

    private static Finding shares(Observation run) {
        return CookShares.of(Round.of(run), CookShares.DISHES, "deadlock");
    }

    private static Finding together(Observation run) {
        List<Round> rounds = Round.of(run);
        int total = rounds.size();
        long overlapped = rounds.stream().filter(r -> r.mostAtOnce() >= 2).count();
        if (overlapped == 0) {
            return Finding.fail("the cooks took turns: in none of " + total + " rounds did a cook cook while "
                    + "another did, so they never reached for the same utensils at once; cooks that take turns are "
                    + "one cook at a time",
                    "start every cook before you join any, and let each hold the utensils only for its dish");
        }
        if (overlapped < Math.min(OVERLAPPED_ENOUGH, total)) {
            return Finding.inconclusive("the cooks cooked at the same time in only " + overlapped + " of " + total
                    + " rounds: the machine was too busy for the kit to put the utensils to the test; run it again");
        }
        return Finding.pass("the cooks cooked at the same time in " + overlapped + " of " + total + " rounds");
    }

    private static List<String> notes(Observation run) {
        List<Round> rounds = Round.of(run);
        List<String> notes = new ArrayList<>();
        run.kitchenEvents(Fact.RoundHung.class).stream().findFirst().ifPresent(hung -> notes.add(
                (run.kitchenEvents(Fact.HungCook.class).stream().anyMatch(c -> c.fact().deadlocked())
                        ? "deadlock in round " : "hung in round ") + hung.fact().round()));
        if (rounds.isEmpty()) {
            return notes;
        }
        notes.add(rounds.size() + " rounds ended");
        notes.add("cooks together in " + rounds.stream().filter(r -> r.mostAtOnce() >= 2).count());
        notes.add(String.format(Locale.ROOT, "a round %.1f ms",
                Statistics.median(rounds.stream().mapToDouble(Round::millis).toArray())));
        return notes;
    }
}
