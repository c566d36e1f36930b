package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.verdict.Finding;

import java.util.List;
import java.util.Locale;

/**
 * Whether every cook of every round cooked its share of the order, and was done before {@code serve} came back: the
 * rule of the labs whose cooks share utensils (10 deadlock, 11 livelock), where a "fix" that lets one cook do the
 * work hides the bug instead of fixing it.
 */
public final class CookShares {
    private CookShares() {
    }

    /**
     * The finding over {@code rounds} (at least one); {@code hides} names the bug a cook alone cannot have
     * ("deadlock").
     */
    public static Finding of(List<Round> rounds, String hides) {
        int total = rounds.size();
        long idle = rounds.stream().filter(r -> r.cooks().isEmpty()).count();
        if (idle > 0) {
            return Finding.fail("serve came back without a dish cooked in " + idle + " of " + total + " rounds: "
                    + "every dish is cooked by calling order.cook() on a cook's thread");
        }
        int cooks = rounds.get(0).race().cooks();
        int share = rounds.get(0).race().dishes();
        for (Round round : rounds) {
            if (round.cooks().size() < cooks) {
                Event<Fact.RoundCook> one = round.cooks().get(0);
                if (round.cooks().size() == 1 && one.fact().dishes() >= (long) share * cooks) {
                    return Finding.fail(String.format(Locale.ROOT, "in round %d one thread, %s, cooked all %,d "
                            + "dishes, every cook's share in turn (a pool of one thread runs its tasks one after "
                            + "another): a kitchen with one cook at work cannot %s, and it is not the kitchen of the "
                            + "order", round.race().round(), one.threadName(), one.fact().dishes(), hides));
                }
                return Finding.fail(String.format(Locale.ROOT, "in round %d only %d of the %d cooks cooked (%s "
                        + "cooked %,d dishes): a kitchen where one cook works alone cannot %s, and it is not the "
                        + "kitchen of the order", round.race().round(), round.cooks().size(), cooks,
                        one.threadName(), one.fact().dishes(), hides));
            }
            for (Event<Fact.RoundCook> cook : round.cooks()) {
                if (cook.fact().dishes() != share) {
                    return Finding.fail(String.format(Locale.ROOT, "in round %d %s cooked %,d dishes, and a cook's "
                            + "share is %,d: each of the %d cooks cooks order.dishes() dishes", round.race().round(),
                            cook.threadName(), cook.fact().dishes(), share, cooks));
                }
            }
            if (round.returnedEarly()) {
                return Finding.fail("in round " + round.race().round() + " serve came back while a cook was still "
                        + "cooking: join every cook before returning");
            }
        }
        return Finding.pass(String.format(Locale.ROOT, "%d cooks cooked %,d dishes each in every one of %d rounds",
                cooks, share, total));
    }
}
