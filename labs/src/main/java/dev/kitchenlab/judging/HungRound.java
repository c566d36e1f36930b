package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.verdict.Finding;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stress run that ended at a hung round (the kit's stress driver halts the kitchen then), worded for the student:
 * which round, how long nothing was cooked, and where each thread was, with the lock it waited for and who held it.
 * Shared by the sharing labs, whose stress runs all end this way when a cook hangs.
 */
public final class HungRound {
    private static final int THREADS = 4;

    private HungRound() {
    }

    /** The failing finding for a run that ended at a hung round, or empty when none hung. */
    public static Optional<Finding> of(Observation run) {
        Optional<Event<Fact.RoundHung>> hung = run.kitchenEvents(Fact.RoundHung.class).stream().findFirst();
        if (hung.isEmpty()) {
            return Optional.empty();
        }
        List<Event<Fact.HungCook>> cooks = run.kitchenEvents(Fact.HungCook.class).stream()
                .sorted(Comparator.comparing((Event<Fact.HungCook> c) -> !c.fact().deadlocked())
                        .thenComparing(c -> run.onMainThread(c))
                        .thenComparing(Event::threadName))
                .toList();
        String stalled = String.format(Locale.ROOT, "%.1f s", hung.get().fact().stalledNanos() / 1e9);
        List<Event<Fact.HungCook>> deadlocked = cooks.stream().filter(c -> c.fact().deadlocked()).toList();
        String where = cooks.stream().limit(THREADS).map(HungRound::describe).collect(Collectors.joining("; "));
        String what = deadlocked.isEmpty() ? "no dish was cooked for " + stalled
                : "a deadlock: " + deadlocked.stream().map(Event::threadName).collect(Collectors.joining(" and "))
                + " each waited for a lock another of them held, and no dish was cooked for " + stalled;
        // No advice of its own: each lab says what ends its kind of hang.
        return Optional.of(Finding.fail("round " + hung.get().fact().round() + " hung: " + what + ", so the kit "
                + "stopped the kitchen and ran no later round" + (where.isEmpty() ? "" : "; " + where)));
    }

    /** {@code Thread-1 was waiting at Dishes.countDish(Dishes.java:21) for a ReentrantLock held by Thread-0}. */
    private static String describe(Event<Fact.HungCook> cook) {
        Fact.HungCook fact = cook.fact();
        StringBuilder text = new StringBuilder(cook.threadName()).append(" was ")
                .append(fact.state().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (!fact.where().isEmpty()) {
            text.append(" at ").append(fact.where());
        }
        if (!fact.waitsFor().isEmpty()) {
            text.append(" for ").append(lock(fact.waitsFor()));
            if (!fact.heldBy().isEmpty()) {
                text.append(" held by ").append(fact.heldBy());
            }
        }
        return text.toString();
    }

    /** {@code java.util.concurrent.locks.ReentrantLock$NonfairSync@1b6d3586} reads {@code a ReentrantLock}. */
    private static String lock(String name) {
        String type = name.replaceFirst("@[0-9a-f]+$", "");
        type = type.substring(type.lastIndexOf('.') + 1);
        return "a " + (type.indexOf('$') > 0 ? type.substring(0, type.indexOf('$')) : type);
    }
}
