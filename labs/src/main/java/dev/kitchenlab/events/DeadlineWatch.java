package dev.kitchenlab.events;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reports, just before the check stops a lab, where each thread of the program was: a kitchen stopped at its
 * timeout can then be told "your cooks were still in {@code Thread.sleep} at ManyKitchens.sayHello(…:14)", or that
 * two cooks were deadlocked, instead of a guess. One daemon thread per JVM sleeps until shortly before the deadline
 * the check set; only then does it load the JVM's management interface, which tells a thread that stayed in one long
 * sleep from one sleeping in a loop, and finds lock cycles.
 */
public final class DeadlineWatch {
    private static final int FRAMES = 12;
    private static final Duration LEAST_MARGIN = Duration.ofMillis(1000);
    // Loading the management interface takes a tenth of a second, more on a busy machine: done this long before.
    private static final Duration WARM_UP = Duration.ofMillis(1000);
    private static final long WATCH_MILLIS = 200;

    private DeadlineWatch() {
    }

    /**
     * Starts watching, when the check set a deadline; {@code isProgramThread} picks the threads worth reporting.
     */
    public static void start(SideChannel events, Predicate<Thread> isProgramThread) {
        Optional<Instant> deadline = KitchenEnvironment.deadline();
        if (deadline.isEmpty() || !events.watched()) {
            return;
        }
        // A class, not a lambda: this runs before the lab's main, where the first lambda costs the kitchen's start.
        Thread watch = new Thread(new Watch(events, deadline.get(), isProgramThread),
                LineTap.KIT_THREAD_PREFIX + "deadline");
        watch.setDaemon(true);
        watch.start();
    }

    /** The watch's thread: sleeps until a little before the deadline, then reports where the program's threads are. */
    private record Watch(SideChannel events, Instant deadline, Predicate<Thread> isProgramThread) implements Runnable {
        @Override
        public void run() {
            watch(events, deadline, isProgramThread);
        }
    }

    private static void watch(SideChannel events, Instant deadline, Predicate<Thread> isProgramThread) {
        Duration left = Duration.between(Instant.now(), deadline);
        // A twentieth of the time left, and never less than what a busy machine needs to look and write the report.
        Duration margin = left.dividedBy(20).compareTo(LEAST_MARGIN) > 0 ? left.dividedBy(20) : LEAST_MARGIN;
        try {
            Thread.sleep(Math.max(0, left.minus(margin).minus(WARM_UP).toMillis()));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline.minus(margin)).toMillis()));
            Map<Thread, StackTraceElement[]> stacks = Thread.getAllStackTraces();
            stacks.keySet().removeIf(t -> !t.isAlive() || !isProgramThread.test(t));
            long[] ids = stacks.keySet().stream().mapToLong(Thread::getId).toArray();
            Map<Long, Long> waitedBefore = waited(threads, ids);
            Thread.sleep(WATCH_MILLIS);
            Map<Long, Long> waitedAfter = waited(threads, ids);
            Set<Long> deadlocked = new HashSet<>();
            long[] cycle = threads.findDeadlockedThreads();
            if (cycle != null) {
                Arrays.stream(cycle).forEach(deadlocked::add);
            }
            for (Map.Entry<Thread, StackTraceElement[]> thread : stacks.entrySet()) {
                Thread t = thread.getKey();
                StackTraceElement[] frames = thread.getValue();
                String top = Arrays.stream(frames).limit(FRAMES).map(StackTraceElement::toString)
                        .collect(Collectors.joining("\n"));
                boolean inOneWait = waitedBefore.containsKey(t.getId())
                        && waitedBefore.get(t.getId()).equals(waitedAfter.get(t.getId()));
                events.emit(new Fact.StackAtDeadline(t.getState().name(), top, StudentCode.where(frames), inOneWait,
                        deadlocked.contains(t.getId())), t.getId(), t.getName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many times each thread has waited or slept so far; a thread already gone is left out. */
    private static Map<Long, Long> waited(ThreadMXBean threads, long[] ids) {
        Map<Long, Long> counts = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(ids)) {
            if (info != null) {
                counts.put(info.getThreadId(), info.getWaitedCount());
            }
        }
        return counts;
    }
}
