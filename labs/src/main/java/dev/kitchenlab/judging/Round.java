package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One round of a sharing lab's stress run (09 race, 10 deadlock, 11 livelock): what {@code serve} counted, and what
 * each cook did by the kit's own count.
 *
 * @param race the round as the kit called it
 * @param cooks what each cook did in it, one event per cook thread
 */
public record Round(Fact.RaceRound race, List<Event<Fact.RoundCook>> cooks) {

    /**
     * The rounds the frequencies are told over: the measured ones, or, when the run ended before any was measured,
     * the warm-up's.
     */
    public static List<Round> of(Observation run) {
        Map<Integer, List<Event<Fact.RoundCook>>> cooks = run.kitchenEvents(Fact.RoundCook.class).stream()
                .collect(Collectors.groupingBy(e -> e.fact().round()));
        List<Round> all = run.kitchenEvents(Fact.RaceRound.class).stream().map(Event::fact)
                .map(r -> new Round(r, cooks.getOrDefault(r.round(), List.of()))).toList();
        List<Round> measured = all.stream().filter(r -> !r.race().warmUp()).toList();
        return measured.isEmpty() ? all : measured;
    }

    /** The good dishes, by the kit's count. */
    public long good() {
        return cooks.stream().mapToLong(c -> c.fact().good()).sum();
    }

    /** The good dishes the counter missed; negative when it counted more than there were. */
    public long lost() {
        return good() - race.counted();
    }

    /** The most cooks cooking at one moment. */
    public int mostAtOnce() {
        int most = 0;
        for (Event<Fact.RoundCook> cook : cooks) {
            long at = cook.fact().firstEpochNanos();
            most = Math.max(most, (int) cooks.stream()
                    .filter(c -> c.fact().firstEpochNanos() <= at && c.fact().lastEpochNanos() > at).count());
        }
        return most;
    }

    /**
     * The most cooks in the kitchen at one moment, from when each came to the order (its first dish, or its first look
     * at the pan) to its last dish: cooks waiting for the pan are in the kitchen too.
     */
    public int mostPresentAtOnce() {
        int most = 0;
        for (Event<Fact.RoundCook> cook : cooks) {
            long at = cook.fact().arrivedEpochNanos();
            most = Math.max(most, (int) cooks.stream()
                    .filter(c -> c.fact().arrivedEpochNanos() <= at && c.fact().lastEpochNanos() > at).count());
        }
        return most;
    }

    /** Whether a cook began most of its dishes after a pause (a sleep, a wait). */
    public boolean paused() {
        return cooks.stream().anyMatch(c -> c.fact().pauses() * 2 > c.fact().dishes());
    }

    /** Whether a cook was still cooking when {@code serve} came back. */
    public boolean returnedEarly() {
        return cooks.stream().anyMatch(c -> c.fact().lastEpochNanos() > race.endEpochNanos());
    }

    /** How long {@code serve} took, in milliseconds. */
    public double millis() {
        return (race.endEpochNanos() - race.startEpochNanos()) / 1e6;
    }
}
