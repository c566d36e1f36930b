package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.verdict.Finding;

import java.util.List;
import java.util.Locale;

/**
 * Whether every cook of every round cooked its share of the order, and was done before {@code serve} came back: the
 * rule of the labs whose cooks share utensils or a pantry (10 deadlock, 11 livelock, 14 atomicity), where a "fix"
 * that lets one cook do the work hides the bug instead of fixing it.
 */
public final class CookShares {
    /** An order's work (labs 10, 11): dishes, each cooked by {@code order.cook()}. */
    public static final Work DISHES = new Work("cooked", "dish", "dishes", "order.cook()", "order.dishes()");
    /** A rush's work (lab 14): requests, each taken by {@code rush.nextDish()}. */
    public static final Work REQUESTS = new Work("took", "request", "requests", "rush.nextDish()", "rush.dishes()");

    /**
     * The words for a cook's work in a lab's messages.
     *
     * @param did  what a cook did with a piece of work, in the past ("cooked")
     * @param one  one piece of it ("dish")
     * @param many more than one ("dishes")
     * @param call the call that does one ({@code order.cook()})
     * @param size the call that gives a cook's share ({@code order.dishes()})
     */
    public record Work(String did, String one, String many, String call, String size) {
    }

    private CookShares() {
    }

    /**
     * The finding over {@code rounds} (at least one) of {@code work}; {@code hides} names the bug a cook alone cannot
     * have ("deadlock").
     */
    public static Finding of(List<Round> rounds, Work work, String hides) {
        int total = rounds.size();
        long idle = rounds.stream().filter(r -> r.cooks().isEmpty()).count();
        if (idle > 0) {
            return Finding.fail("serve came back without a " + work.one() + " " + work.did() + " in " + idle + " of "
                    + total + " rounds: every " + work.one() + " is " + work.did() + " by calling " + work.call()
                    + " on a cook's thread");
        }
        int cooks = rounds.get(0).race().cooks();
        int share = rounds.get(0).race().dishes();
        for (Round round : rounds) {
            if (round.cooks().size() < cooks) {
                Event<Fact.RoundCook> one = round.cooks().get(0);
                if (round.cooks().size() == 1 && one.fact().dishes() >= (long) share * cooks) {
                    return Finding.fail(String.format(Locale.ROOT, "in round %d one thread, %s, %s all %,d %s, "
                            + "every cook's share in turn (a pool of one thread runs its tasks one after another): a "
                            + "kitchen with one cook at work cannot %s, and it is not the kitchen the lab asks for",
                            round.race().round(), one.threadName(), work.did(), one.fact().dishes(), work.many(),
                            hides));
                }
                return Finding.fail(String.format(Locale.ROOT, "in round %d only %d of the %d cooks %s (%s %s %,d "
                        + "%s): a kitchen where one cook works alone cannot %s, and it is not the kitchen the lab "
                        + "asks for",
                        round.race().round(), round.cooks().size(), cooks, work.did(), one.threadName(), work.did(),
                        one.fact().dishes(), work.many(), hides));
            }
            for (Event<Fact.RoundCook> cook : round.cooks()) {
                if (cook.fact().dishes() != share) {
                    return Finding.fail(String.format(Locale.ROOT, "in round %d %s %s %,d %s, and a cook's share is "
                            + "%,d: each of the %d cooks does %s of them", round.race().round(), cook.threadName(),
                            work.did(), cook.fact().dishes(), work.many(), share, cooks, work.size()));
                }
            }
            if (round.returnedEarly()) {
                return Finding.fail("in round " + round.race().round() + " serve came back while a cook was still "
                        + "cooking: join every cook before returning");
            }
        }
        return Finding.pass(String.format(Locale.ROOT, "%d cooks %s %,d %s each in every one of %d rounds", cooks,
                work.did(), share, work.many(), total));
    }
}
