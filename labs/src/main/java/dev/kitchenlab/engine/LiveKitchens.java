package dev.kitchenlab.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kitchens this JVM has running, each with what stops it and every process of its run. When this JVM ends,
 * however it ends short of a hard kill (its work done, an exception, SIGTERM from an IDE's stop button or a CI
 * cancel, Ctrl-C), its shutdown hook stops them all; a hard kill is the kitchens' own {@code OrphanWatch}'s to see.
 */
final class LiveKitchens {
    private static final Map<Long, Runnable> STOPS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STOPS.values().forEach(Runnable::run),
                "kitchen-lab-stop-kitchens"));
    }

    private LiveKitchens() {
    }

    /** Remembers a running kitchen and how to stop it and its run. */
    static void add(long kitchenPid, Runnable stop) {
        STOPS.put(kitchenPid, stop);
    }

    /** Forgets a kitchen that was stopped. */
    static void remove(long kitchenPid) {
        STOPS.remove(kitchenPid);
    }
}
