package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.LockNames;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.events.StudentCode;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stress runs of the sharing labs (09 race, and the deadlock and livelock labs after it), in the kitchen: calls a
 * round again and again inside this one JVM, where the JIT has compiled the cooks' code, as jcstress does; first a
 * warm-up, then the rounds the lab's frequencies are told over, each phase bounded by a count and a time.
 *
 * <p>A cook that hangs cannot be stopped from inside: a watchdog thread notes the run's progress (a number that moves
 * while any dish is being cooked) and, when a round makes none for {@link #stallBound}, reports every thread of the
 * program ({@link Fact.HungCook}: state, the student's line, the lock it waits for and who holds it, the locks it
 * holds, whether it is in a deadlock), then the round ({@link Fact.RoundHung}), and halts the kitchen: the bug has
 * shown, and no later round runs on a machine the hung cooks still load. A deadlock is reported as soon as the JVM
 * finds the cycle (the watchdog asks at every look), long before the bound; locks the kitchen named ("the knife")
 * are reported by their names. So is a livelock: a second number, the motion (how often the pan changed hands),
 * climbing by {@value #LIVELOCK_MOTION} or more while no dish is cooked shows cooks busy stepping aside for each
 * other, and the round is reported at once with the motion and the CPU the kitchen burnt meanwhile.
 */
final class StressRun {
    /** The exit code of a kitchen halted for a hung round. */
    static final int HUNG_EXIT = 5;
    private static final int FRAMES = 12;
    // Looks in a row that must find the same kind of cycle before it counts as a deadlock: one look can catch a cycle
    // of timed waits that is undoing itself.
    private static final int CYCLE_LOOKS = 2;
    /**
     * Hand-overs without a dish that make a livelock: a polite cook that gives the pan away far more often than any
     * right program needs for a dish (lab 11 allows 32) and cooked nothing for a whole look.
     */
    static final long LIVELOCK_MOTION = 1_000;

    /** One round of the lab's work. */
    interface Round {
        /** Runs round {@code round} (from 1); {@code warmUp} for the rounds before those measured. */
        void run(int round, boolean warmUp) throws Throwable;
    }

    /**
     * How many rounds and how long they may take: the warm-up stops at its count or half the budget, the measured
     * rounds at theirs or the whole budget, so a slow program runs fewer rounds, never a longer check. The first round
     * always runs; no other begins unless one as long as the last would end within the budget.
     */
    record Plan(int warmUpRounds, int measuredRounds, Duration budget) {
    }

    private final SideChannel events;
    private final Duration stallBound;
    private final LongSupplier progress;
    private final LongSupplier motion;
    private final Runnable halt;
    // The program's threads are this group's: the JDK's own live in others.
    private final ThreadGroup program = Thread.currentThread().getThreadGroup();
    // The round running now, 0 between rounds: read by the watchdog.
    private volatile int round;
    private long lastRoundNanos;

    /**
     * A stress run that reports on {@code events} and halts the JVM when a round makes no progress for
     * {@code stallBound}.
     */
    StressRun(SideChannel events, Duration stallBound, LongSupplier progress, LongSupplier motion) {
        this(events, stallBound, progress, motion, () -> Runtime.getRuntime().halt(HUNG_EXIT));
    }

    /** The same, with what ends the kitchen when a round hangs (a test's stand-in for {@code Runtime.halt}). */
    StressRun(SideChannel events, Duration stallBound, LongSupplier progress, LongSupplier motion, Runnable halt) {
        this.events = events;
        this.stallBound = stallBound;
        this.progress = progress;
        this.motion = motion;
        this.halt = halt;
    }

    /** Runs the rounds the plan allows, watched; returns when the last is done. */
    void run(Plan plan, Round body) throws Throwable {
        Thread watchdog = new Thread(this::watch, LineTap.KIT_THREAD_PREFIX + "stress-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            long start = System.nanoTime();
            int done = phase(0, plan.warmUpRounds(), start + plan.budget().toNanos() / 2, true, body);
            phase(done, plan.measuredRounds(), start + plan.budget().toNanos(), false, body);
        } finally {
            round = 0;
            watchdog.interrupt();
        }
    }

    private int phase(int before, int rounds, long untilNanos, boolean warmUp, Round body) throws Throwable {
        int number = before;
        // A round is begun only when one as long as the last would still end within the budget.
        for (int i = 0; i < rounds && (number == 0 || System.nanoTime() + lastRoundNanos <= untilNanos); i++) {
            number++;
            round = number;
            long start = System.nanoTime();
            body.run(number, warmUp);
            lastRoundNanos = System.nanoTime() - start;
            round = 0;
        }
        return number;
    }

    private void watch() {
        long step = Math.max(10, Math.min(100, stallBound.toMillis() / 10));
        int seenRound = 0;
        int cycleLooks = 0;
        long seenProgress = progress.getAsLong();
        long since = System.nanoTime();
        long motionSince = motion.getAsLong();
        long cpuSince = cpuNanos();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(step);
                int now = round;
                long moved = progress.getAsLong();
                if (now == 0 || now != seenRound || moved != seenProgress) {
                    seenRound = now;
                    seenProgress = moved;
                    since = System.nanoTime();
                    motionSince = motion.getAsLong();
                    cpuSince = cpuNanos();
                    cycleLooks = 0;
                    continue;
                }
                cycleLooks = deadlocked() ? cycleLooks + 1 : 0;
                long stepsAside = motion.getAsLong() - motionSince;
                if (System.nanoTime() - since >= stallBound.toNanos() || cycleLooks >= CYCLE_LOOKS
                        || stepsAside >= LIVELOCK_MOTION) {
                    hung(now, System.nanoTime() - since, motion.getAsLong() - motionSince, cpuNanos() - cpuSince);
                    return;
                }
            }
        } catch (InterruptedException done) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether threads of the program wait for each other's locks in a cycle: a deadlock, which never ends. */
    private boolean deadlocked() {
        long[] cycle = cycle(ManagementFactory.getThreadMXBean());
        return cycle != null && cycle.length > 0;
    }

    /**
     * The threads of a lasting lock cycle, or null: the JVM counts a thread in a timed wait ({@code tryLock(1,
     * MILLISECONDS)}) as part of a cycle, but such a cycle undoes itself when the wait times out, so it is no deadlock.
     */
    private static long[] cycle(ThreadMXBean mx) {
        long[] ids = mx.isSynchronizerUsageSupported() ? mx.findDeadlockedThreads() : mx.findMonitorDeadlockedThreads();
        if (ids == null) {
            return null;
        }
        for (ThreadInfo info : mx.getThreadInfo(ids)) {
            if (info == null || info.getThreadState() == Thread.State.TIMED_WAITING) {
                return null;
            }
        }
        return ids;
    }

    /** The CPU time the kitchen has used, all threads together; 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private void hung(int number, long stalledNanos, long handOvers, long cpuNanos) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream().filter(this::isProgramThread).toList();
        long[] ids = threads.stream().mapToLong(Thread::getId).toArray();
        Set<Long> deadlocked = new HashSet<>();
        long[] cycle = cycle(mx);
        if (cycle != null) {
            Arrays.stream(cycle).forEach(deadlocked::add);
        }
        ThreadInfo[] infos = mx.getThreadInfo(ids, mx.isObjectMonitorUsageSupported(),
                mx.isSynchronizerUsageSupported());
        for (int i = 0; i < ids.length; i++) {
            ThreadInfo info = infos[i];
            if (info != null) {
                events.emit(describe(info, deadlocked.contains(ids[i])), ids[i], threads.get(i).getName());
            }
        }
        events.emit(new Fact.RoundHung(number, stalledNanos, handOvers, cpuNanos));
        halt.run();
    }

    private static Fact.HungCook describe(ThreadInfo info, boolean deadlocked) {
        StackTraceElement[] frames = info.getStackTrace();
        String top = Arrays.stream(frames).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining("\n"));
        String holds = Stream.concat(Arrays.stream(info.getLockedMonitors()),
                        Arrays.stream(info.getLockedSynchronizers()))
                .map(StressRun::name).distinct().collect(Collectors.joining(", "));
        return new Fact.HungCook(info.getThreadState().name(), StudentCode.where(frames), top,
                info.getLockInfo() == null ? "" : name(info.getLockInfo()),
                info.getLockOwnerName() == null ? "" : info.getLockOwnerName(), holds, deadlocked);
    }

    /** A lock by the name the kitchen gave it ("the knife"), or as the JVM names it. */
    private static String name(LockInfo lock) {
        String named = LockNames.of(lock.getClassName(), lock.getIdentityHashCode());
        return named.isEmpty() ? lock.toString() : named;
    }

    /** A thread the program started, or its main: not the JVM's own, not the kit's. */
    private boolean isProgramThread(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        return thread.isAlive() && !thread.getName().startsWith(LineTap.KIT_THREAD_PREFIX) && group != null
                && (group == program || program.parentOf(group));
    }

}
