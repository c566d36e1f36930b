package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.verdict.Finding;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A stress run that ended at a hung round (the kit's stress driver halts the kitchen then), worded for the student:
 * which round, how long nothing was cooked, and where each thread was, with the lock it waited for and who held it;
 * a deadlock as its cycle, each cook with what it holds and waits for, and the line it waits at; a livelock as the
 * hand-overs of the pan that went on while no dish was cooked, and the CPU the kitchen burnt meanwhile.
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
        String round = "round " + hung.get().fact().round() + " hung";
        if (!deadlocked.isEmpty()) {
            // No advice of its own: each lab says what ends its kind of hang.
            return Optional.of(Finding.fail(round + " in a deadlock: " + cycle(deadlocked) + "; the JVM found the "
                    + "cycle " + stalled + " after the last dish, so the kit stopped the kitchen and ran no later "
                    + "round"));
        }
        String where = cooks.stream().limit(THREADS).map(HungRound::describe).collect(Collectors.joining("; "));
        Fact.RoundHung fact = hung.get().fact();
        if (fact.handOvers() > 0) {
            // No advice of its own either: the livelock lab says how politeness ends.
            return Optional.of(Finding.fail(String.format(Locale.ROOT, "round %d livelocked: no dish was cooked for "
                    + "%s while the pan changed hands %,d times and the kitchen burnt %s of CPU, so the kit "
                    + "stopped the kitchen and ran no later round", fact.round(), stalled, fact.handOvers(),
                    cpu(fact.cpuNanos())) + (where.isEmpty() ? "" : "; " + where)));
        }
        return Optional.of(Finding.fail(round + ": no dish was cooked for " + stalled + ", so the kit stopped the "
                + "kitchen and ran no later round" + (where.isEmpty() ? "" : "; " + where)));
    }

    /**
     * CPU time as a student reads it: a stall of a tenth of a second on a busy machine may burn a few milliseconds, which
     * "0.0 s" would hide.
     */
    static String cpu(long nanos) {
        return nanos < 100_000_000L ? String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6))
                : String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    /**
     * The cycle in kitchen words, from the first cook by name: {@code Cook A holds the knife and waits for the board
     * at Cooks.java:31, held by Cook B, who waits for the knife at Cooks.java:44}.
     */
    static String cycle(List<Event<Fact.HungCook>> deadlocked) {
        Map<String, Fact.HungCook> byName = new LinkedHashMap<>();
        deadlocked.stream().sorted(Comparator.comparing(Event::threadName))
                .forEach(c -> byName.putIfAbsent(c.threadName(), c.fact()));
        String first = byName.keySet().iterator().next();
        Fact.HungCook cook = byName.get(first);
        StringBuilder text = new StringBuilder(first);
        if (!cook.holds().isEmpty()) {
            text.append(" holds ").append(cook.holds()).append(" and");
        }
        text.append(" waits for ").append(lock(cook.waitsFor())).append(at(cook));
        Set<String> told = new HashSet<>(Set.of(first));
        String next = cook.heldBy();
        while (!next.isEmpty()) {
            text.append(", held by ").append(next);
            Fact.HungCook holder = byName.get(next);
            if (holder == null || !told.add(next)) {
                break;
            }
            text.append(", who waits for ").append(lock(holder.waitsFor())).append(at(holder));
            next = holder.heldBy();
            if (next.equals(first)) {
                break;
            }
        }
        return text.toString();
    }

    private static String at(Fact.HungCook cook) {
        return cook.where().isEmpty() ? "" : " at " + cook.where();
    }

    /**
     * {@code Thread-1 was waiting at Dishes.countDish(Dishes.java:21) for a ReentrantLock held by Thread-0}, and what
     * it held: {@code , holding the knife}.
     */
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
        if (!fact.holds().isEmpty()) {
            text.append(", holding ").append(Arrays.stream(fact.holds().split(", ")).map(HungRound::lock)
                    .collect(Collectors.joining(" and ")));
        }
        return text.toString();
    }

    /** {@code java.util.concurrent.locks.ReentrantLock$NonfairSync@1b6d3586} reads {@code a ReentrantLock}. */
    private static String lock(String name) {
        if (!name.matches(".*@[0-9a-f]+$")) {
            // A lock the kitchen named: the knife.
            return name;
        }
        String type = name.replaceFirst("@[0-9a-f]+$", "");
        type = type.substring(type.lastIndexOf('.') + 1);
        return "a " + (type.indexOf('$') > 0 ? type.substring(0, type.indexOf('$')) : type);
    }
}
