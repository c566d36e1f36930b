package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lab 15's shift, the kit's own work that the student's cooks run: each shift notes the thread it runs on (which one,
 * whether it is virtual, which platform thread carries it), how many shifts are under way with it, then naps. One
 * {@code CookShift} serves one mode; the kit hands its {@link #asRunnable()} to the student's method and reads the
 * counts when the method is back. Seen from inside the shift itself, so a program cannot claim cooks it never ran.
 *
 * <p>The kit is compiled for Java 17, where {@code Thread.isVirtual()} does not exist: it is looked up once, and on a
 * JDK without it every thread is a platform thread.
 */
final class CookShift {
    private static final MethodHandle IS_VIRTUAL = isVirtual();

    private final Fact.ThreadKind kind;
    private final int cooks;
    private final long napNanos;
    private final long lateAfterNanos;
    private final Set<Long> threads = ConcurrentHashMap.newKeySet();
    private final Set<String> carriers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger begun = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicInteger virtual = new AtomicInteger();
    private final AtomicInteger late = new AtomicInteger();
    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private long startNanos;
    private long startEpochNanos;
    private long platformStartedBefore;

    /**
     * The shift of one mode: {@code cooks} asked for, each napping {@code napNanos}; a shift begun more than
     * {@code lateAfterNanos} after the mode started skips its nap, so cooks that take turns still end in time.
     */
    CookShift(Fact.ThreadKind kind, int cooks, long napNanos, long lateAfterNanos) {
        this.kind = kind;
        this.cooks = cooks;
        this.napNanos = napNanos;
        this.lateAfterNanos = lateAfterNanos;
    }

    /** Marks the start of the mode, just before the kit calls the student's method. */
    void modeStarts() {
        platformStartedBefore = mx.getTotalStartedThreadCount();
        startEpochNanos = Event.now();
        startNanos = System.nanoTime();
    }

    /** The work each cook runs. */
    Runnable asRunnable() {
        return this::work;
    }

    private void work() {
        begun.incrementAndGet();
        int now = underWay.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        Thread me = Thread.currentThread();
        threads.add(me.getId());
        if (isVirtual(me)) {
            virtual.incrementAndGet();
            // A mounted virtual thread names its carrier: VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1.
            String name = me.toString();
            int at = name.lastIndexOf('@');
            carriers.add(at >= 0 ? name.substring(at + 1) : name);
        }
        try {
            if (System.nanoTime() - startNanos > lateAfterNanos) {
                late.incrementAndGet();
            } else {
                Thread.sleep(napNanos / 1_000_000, (int) (napNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            underWay.decrementAndGet();
            ended.incrementAndGet();
        }
    }

    /** The shifts begun so far. */
    int begun() {
        return begun.get();
    }

    /** The shifts ended so far. */
    int ended() {
        return ended.get();
    }

    /** What the mode showed, once the student's method came back ({@code atReturn}) and the stragglers ended. */
    Fact.CooksHired report(int begunAtReturn, int endedAtReturn, long endEpochNanos) {
        return new Fact.CooksHired(kind, cooks, begunAtReturn, endedAtReturn, begun.get(), threads.size(),
                virtual.get(), mostAtOnce.get(), carriers.size(),
                mx.getTotalStartedThreadCount() - platformStartedBefore, late.get(), startEpochNanos, endEpochNanos,
                napNanos);
    }

    private static boolean isVirtual(Thread thread) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(thread);
        } catch (Throwable unexpected) {
            throw new IllegalStateException("Thread.isVirtual() failed", unexpected);
        }
    }

    private static MethodHandle isVirtual() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(
                    boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException beforeJdk21) {
            return null;
        }
    }
}
