package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.LiveThreads;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the cooks of one round ({@link Order}, {@link Rush}) wait for each other before their first dish, so cooks
 * started together really share the kitchen, which is when a race shows.
 *
 * <p>A cook waits a short moment for the others. Past it, it waits on, up to a longer bound, only while a thread
 * started after the round began is runnable and has not come yet: a cook the machine has not given a core so far. On
 * a busy machine a thread just started can wait longer than the short moment for its first time slice, and without the
 * longer wait the first cook would cook every dish alone in round after round. Cooks started one after another, or one
 * held back by a lock, are not runnable newcomers, so their rounds lose only the short moment.
 */
final class ArrivalGate {
    /** The short moment every first cook may wait. */
    static final long SHORT_NANOS = 10_000_000L;
    /** The longest a first cook waits for a newcomer that has not had a core yet. */
    static final long LONGEST_NANOS = 200_000_000L;
    private static final long LOOK_EVERY_NANOS = 1_000_000L;

    private final int cooks;
    private final long newestBefore = newestThreadId();
    private final Set<Long> came = ConcurrentHashMap.newKeySet();
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicLong firstArrival = new AtomicLong();
    private volatile boolean open;

    /** A gate for a round of {@code cooks} cooks, made before the program starts its cooks. */
    ArrivalGate(int cooks) {
        this.cooks = cooks;
    }

    /** The calling cook has come: it waits, as above, and returns when the gate is open. */
    void arrive() {
        came.add(Thread.currentThread().getId());
        if (arrived.incrementAndGet() >= cooks) {
            open = true;
        }
        long start = System.nanoTime();
        firstArrival.compareAndSet(0, start);
        long lastLook = start;
        // Spinning keeps this cook on its core while the others come: one that yielded it on a busy machine would
        // come back a time slice later, after they had cooked every dish alone.
        while (!open) {
            long now = System.nanoTime();
            long waited = now - firstArrival.get();
            if (waited > LONGEST_NANOS || waited > SHORT_NANOS && now - lastLook > LOOK_EVERY_NANOS
                    && !newcomerOnItsWay()) {
                open = true;
            }
            if (now - lastLook > LOOK_EVERY_NANOS) {
                lastLook = now;
            }
            Thread.onSpinWait();
        }
    }

    /** When the first cook came ({@code System.nanoTime}), or 0 before any came. */
    long firstArrivalNanos() {
        return firstArrival.get();
    }

    /** Whether a thread started since the round began is runnable and has not come to the gate. */
    private boolean newcomerOnItsWay() {
        for (Thread thread : LiveThreads.all()) {
            if (thread.getId() > newestBefore && !came.contains(thread.getId())
                    && thread.getState() == Thread.State.RUNNABLE
                    && !thread.getName().startsWith(LineTap.KIT_THREAD_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    private static long newestThreadId() {
        long newest = 0;
        for (Thread thread : LiveThreads.all()) {
            newest = Math.max(newest, thread.getId());
        }
        return newest;
    }
}
