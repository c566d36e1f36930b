package dev.kitchenlab.catalogue.lab07;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One dish of the kit's pools, from the moment a cook began it to the moment it finished, in whichever process.
 *
 * @param pid the process that cooked it
 * @param threadId the cook thread
 * @param item the item, described briefly
 * @param itemIdentity the item's identity hash code in that process
 * @param startNanos when it began, in epoch nanoseconds
 * @param endNanos when it finished, or {@link Long#MAX_VALUE} if it never did
 */
record DishSpan(long pid, long threadId, String item, int itemIdentity, long startNanos, long endNanos) {

    /** The dishes begun between two instants, in the order they began. */
    static List<DishSpan> between(Observation run, long fromNanos, long toNanos) {
        List<Event<?>> events = new ArrayList<>();
        events.addAll(run.events(Fact.DishStarted.class));
        events.addAll(run.events(Fact.DishFinished.class));
        events.sort((a, b) -> Long.compare(a.epochNanos(), b.epochNanos()));
        Map<String, Event<Fact.DishStarted>> open = new HashMap<>();
        List<DishSpan> dishes = new ArrayList<>();
        for (Event<?> event : events) {
            String cook = event.pid() + "/" + event.threadId();
            if (event.fact() instanceof Fact.DishStarted) {
                @SuppressWarnings("unchecked")
                Event<Fact.DishStarted> started = (Event<Fact.DishStarted>) event;
                open.put(cook, started);
            } else {
                Event<Fact.DishStarted> started = open.remove(cook);
                if (started != null) {
                    dishes.add(span(started, event.epochNanos()));
                }
            }
        }
        open.values().forEach(started -> dishes.add(span(started, Long.MAX_VALUE)));
        return dishes.stream().filter(d -> d.startNanos >= fromNanos && d.startNanos <= toNanos)
                .sorted((a, b) -> Long.compare(a.startNanos, b.startNanos)).toList();
    }

    /** The most dishes being cooked at one moment. */
    static int mostAtOnce(List<DishSpan> dishes) {
        int most = 0;
        for (DishSpan dish : dishes) {
            int atOnce = (int) dishes.stream()
                    .filter(other -> other.startNanos <= dish.startNanos && other.endNanos > dish.startNanos).count();
            most = Math.max(most, atOnce);
        }
        return most;
    }

    private static DishSpan span(Event<Fact.DishStarted> started, long endNanos) {
        return new DishSpan(started.pid(), started.threadId(), started.fact().item(), started.fact().itemIdentity(),
                started.epochNanos(), endNanos);
    }
}
