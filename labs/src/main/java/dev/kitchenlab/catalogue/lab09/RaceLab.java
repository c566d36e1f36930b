package dev.kitchenlab.catalogue.lab09;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.judging.HungRound;
import dev.kitchenlab.judging.Round;
import dev.kitchenlab.judging.Statistics;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Lab 09, the first price of sharing a kitchen: cooks count their good dishes on one shared counter, and
 * {@code count++} loses some. The kit hands the student's {@code serve(Order)} hundreds of orders in one kitchen and
 * reports, as jcstress reports outcomes, in how many rounds updates were lost; a fix passes when the count is exact in
 * every round while the cooks still cook at the same time, each its share.
 */
public final class RaceLab {
    /** Rounds in which the cooks must have overlapped before an exact count proves anything. */
    static final int OVERLAPPED_ENOUGH = 20;
    private static final String ROUNDS = "every round ends";
    private static final String SHARE = "each cook cooks its share";
    private static final String TOGETHER = "the cooks cook at the same time";
    private static final String EXACT = "the count is exact in every round";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("09", "race")
            .title("no dish lost on a shared counter")
            .claim("threads share the kitchen's memory, so two cooks updating one counter at the same time can lose "
                    + "an update: a race condition")
            .mainClass("DishCounter")
            .driver(Driver.RACE)
            .timeoutTicks(20)
            .hints("count++ is three steps: read the count, add one, write it back. A cook who reads while the other "
                            + "is between its read and its write writes back an old count plus one: a dish is lost.",
                    "Make the read, the add and the write one step no other cook can cut into: every cook must take "
                            + "the same lock, or count with something that adds in one step.",
                    "In countDish: synchronized (this) { served++; }, every cook counting on the one DishCounter; or "
                            + "make served an AtomicInteger and call served.incrementAndGet().")
            .expect(Expectation.of(ROUNDS, RaceLab::roundsEnded,
                    "every lock a cook takes must be let go (unlock in a finally block), and no cook may wait for what "
                            + "never comes"))
            .expect(Expectation.of(SHARE, RaceLab::shares,
                    "start order.cooks() cooks, each cooking order.dishes() dishes, and join them all before serve "
                            + "returns the count").after(ROUNDS))
            .expect(Expectation.of(TOGETHER, RaceLab::together,
                    "start every cook before you join any, and let them cook without sleeping: a fix that keeps "
                            + "the cooks apart hides the race instead of fixing it").after(SHARE))
            .expect(Expectation.of(EXACT, RaceLab::exact,
                    "make countDish one step no other cook can cut into: a lock every cook shares (synchronized), or "
                            + "an AtomicInteger").after(SHARE))
            .notes(RaceLab::notes)
            .build();

    private RaceLab() {
    }

    private static Finding roundsEnded(Observation run) {
        return HungRound.of(run).orElseGet(() -> Round.of(run).isEmpty()
                ? Finding.fail("serve never came back from a round")
                : Finding.pass(Round.of(run).size() + (Round.of(run).size() == 1 ? " round" : " rounds") + " ended"));
    }

    private static Finding shares(Observation run) {
        List<Round> rounds = Round.of(run);
        int total = rounds.size();
        long idle = count(rounds, r -> r.cooks().isEmpty());
        if (idle > 0) {
            return Finding.fail("serve came back without a dish cooked in " + idle + " of " + total + " rounds: "
                    + "every dish is cooked by calling order.cook() on a cook's thread");
        }
        long early = count(rounds, Round::returnedEarly);
        if (early > 0) {
            return Finding.fail("serve came back while a cook was still cooking in " + early + " of " + total
                    + " rounds: join every cook before returning the count");
        }
        int cooks = rounds.get(0).race().cooks();
        int share = rounds.get(0).race().dishes();
        long alone = count(rounds, r -> r.cooks().size() == 1);
        if (alone > total / 2) {
            Event<Fact.RoundCook> one = rounds.stream().filter(r -> r.cooks().size() == 1).findFirst().orElseThrow()
                    .cooks().get(0);
            return Finding.fail(String.format(Locale.ROOT, "one cook did every dish: in %d of %d rounds the thread %s "
                    + "cooked all %,d dishes alone, and nobody shared the kitchen; each of the %d cooks cooks its own "
                    + "%,d", alone, total, one.threadName(), one.fact().dishes(), cooks, share));
        }
        for (Round round : rounds) {
            for (Event<Fact.RoundCook> cook : round.cooks()) {
                if (cook.fact().dishes() != share) {
                    return Finding.fail(String.format(Locale.ROOT, "in round %d the thread %s cooked %,d dishes, "
                            + "and a cook's share is %,d: each of the %d cooks cooks order.dishes() dishes",
                            round.race().round(), cook.threadName(), cook.fact().dishes(), share, cooks));
                }
            }
            if (round.cooks().size() != cooks) {
                return Finding.fail(String.format(Locale.ROOT, "in round %d %d cook threads cooked, and the order "
                        + "was for %d: start order.cooks() cooks", round.race().round(), round.cooks().size(), cooks));
            }
        }
        return Finding.pass(String.format(Locale.ROOT, "%d cooks cooked %,d dishes each in every one of %d rounds",
                cooks, share, total));
    }

    private static Finding together(Observation run) {
        List<Round> rounds = Round.of(run);
        int total = rounds.size();
        long paused = count(rounds, Round::paused);
        if (paused * 2 > total) {
            return Finding.fail(String.format(Locale.ROOT, "your cooks paused between dishes (a sleep, or a wait): "
                            + "in %d of %d rounds a cook began most of its dishes after a pause, and a round took "
                            + "%.0f ms; cooks kept apart race less often, but the race is still there",
                    paused, total, medianMillis(rounds)),
                    "take the sleep out: make countDish one step no other cook can cut into (a lock every cook "
                            + "shares, or an AtomicInteger), and the cooks can cook at full speed");
        }
        long overlapped = count(rounds, r -> r.mostAtOnce() >= 2);
        if (overlapped == 0) {
            return Finding.fail("the cooks took turns: in none of " + total + " rounds did a cook cook while "
                    + "another did, so nothing was shared and no race could show; cooks that take turns are one cook "
                    + "at a time",
                    "start every cook before you join any, and guard only the count with a lock, not the whole "
                            + "cooking");
        }
        if (overlapped < Math.min(OVERLAPPED_ENOUGH, total)) {
            return Finding.inconclusive("the cooks cooked at the same time in only " + overlapped + " of " + total
                    + " rounds: the machine was too busy for the kit to put the count to the test; run it again");
        }
        return Finding.pass("the cooks cooked at the same time in " + overlapped + " of " + total + " rounds");
    }

    private static Finding exact(Observation run) {
        List<Round> rounds = Round.of(run);
        int total = rounds.size();
        long peeked = count(rounds, r -> r.race().peeked());
        if (peeked > 0) {
            return Finding.fail("serve asked the order for the kit's own count (order.good()) in " + peeked + " of "
                    + total + " rounds: return the count on your counter; the kit counts by itself",
                    "order.good() is for your main to print once the cooks are done, never for serve to return");
        }
        List<Round> over = rounds.stream().filter(r -> r.lost() < 0).toList();
        if (!over.isEmpty()) {
            Round first = over.get(0);
            return Finding.fail(String.format(Locale.ROOT, "serve counted more dishes than came out right in %d of %d "
                            + "rounds (round %d: %,d counted, %,d good by the kit's count)", over.size(), total,
                    first.race().round(), first.race().counted(), first.good()),
                    "count a dish only when order.cook() returns true, and return the count on your counter");
        }
        List<Round> lost = rounds.stream().filter(r -> r.lost() > 0).toList();
        if (!lost.isEmpty()) {
            Round worst = lost.stream().max(Comparator.comparingLong(Round::lost)).orElseThrow();
            String frequency = String.format(Locale.ROOT, "lost updates in %d of %d rounds, worst round lost %,d of "
                    + "%,d good dishes", lost.size(), total, worst.lost(), worst.good());
            String fields = run.kitchenEvents(Fact.CounterFields.class).stream().map(e -> e.fact().volatileFields())
                    .findFirst().orElse("");
            if (!fields.isEmpty()) {
                return Finding.fail(frequency + ": your counter " + fields + " is volatile, so every cook sees the "
                        + "latest count, but count++ is still a read, an add and a write, and two cooks can read the "
                        + "same count and both write it back plus one", "volatile makes a count seen, not safe: make "
                        + "the read, the add and the write one step (a lock every cook shares, or an AtomicInteger)");
            }
            return Finding.fail(frequency + ": count++ is a read, an add and a write, and two cooks read the same "
                    + "count and both wrote it back plus one; a lock guards the count only when every cook takes the "
                    + "same one (one made fresh for each call, such as new Object(), guards nothing)");
        }
        long overlapped = count(rounds, r -> r.mostAtOnce() >= 2);
        return Finding.pass(String.format(Locale.ROOT, "exact in all %d rounds (about %,.0f good dishes each), %d of "
                + "them with the cooks at work together", total, Statistics.median(rounds.stream()
                .mapToDouble(Round::good).toArray()), overlapped));
    }

    private static long count(List<Round> rounds, Predicate<Round> which) {
        return rounds.stream().filter(which).count();
    }

    private static double medianMillis(List<Round> rounds) {
        return Statistics.median(rounds.stream().mapToDouble(Round::millis).toArray());
    }

    private static List<String> notes(Observation run) {
        List<Round> rounds = Round.of(run);
        List<String> notes = new ArrayList<>();
        if (rounds.isEmpty()) {
            return notes;
        }
        notes.add("lost updates in " + count(rounds, r -> r.lost() > 0) + " of " + rounds.size() + " rounds");
        notes.add("cooks together in " + count(rounds, r -> r.mostAtOnce() >= 2));
        notes.add(String.format(Locale.ROOT, "a round %.1f ms", medianMillis(rounds)));
        return notes;
    }
}
