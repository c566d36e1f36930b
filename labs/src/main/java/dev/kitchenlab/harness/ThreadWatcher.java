package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.LiveThreads;
import dev.kitchenlab.events.SideChannel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Notices the threads the program starts and ends, by looking at the live threads whenever it is asked (the control
 * sleeper asks 20 times a second): the JDK has no hook for thread start, and this needs no agent. Asking is cheap:
 * the threads are counted, and only looked at one by one when the count changed, or every fifth of a second in case
 * threads ended as others began (the JVM's own compiler threads come and go). The JVM's own threads (those alive
 * before {@code main}, and the system group's) and the kit's own (named {@code kitchen-lab-…}) are not reported. A
 * thread that does anything the kit sees (sleeps a tick, prints, takes a dish) is known from that too.
 */
final class ThreadWatcher {
    private static final int LOOK_AT_LEAST_EVERY = 4;

    private final SideChannel events;
    private final Consumer<Thread> onGone;
    // Filled by the constructor, then only read.
    private final Set<Long> before = new HashSet<>();
    // Guarded by this: the watcher thread and the shutdown hook both look.
    private final Map<Long, Seen> alive = new HashMap<>();
    private final ThreadGroup root;
    private int lastCount = -1;
    private int asked;
    // Guarded by this: how many looks there were.
    private int looks;

    /** A watcher that reports to {@code events} and tells {@code onGone} of each program thread that ended. */
    ThreadWatcher(SideChannel events, Consumer<Thread> onGone) {
        this.events = events;
        this.onGone = onGone;
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        this.root = group;
        for (Thread thread : liveThreads()) {
            before.add(thread.getId());
        }
    }

    /** Looks if the number of threads changed, or if it has not looked for a while. */
    synchronized void lookIfChanged() {
        int count = root.activeCount();
        if (count != lastCount || ++asked >= LOOK_AT_LEAST_EVERY) {
            lastCount = count;
            asked = 0;
            lookNow();
        }
    }

    /** Whether a thread is the program's: started by it, neither the JVM's nor the kit's. */
    boolean isProgramThread(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        boolean systemGroup = group != null && group.getParent() == null;
        String name = thread.getName();
        // DestroyJavaVM takes over from main when it returns; the process reaper waits for child processes.
        return !before.contains(thread.getId()) && !systemGroup && !name.startsWith(LineTap.KIT_THREAD_PREFIX)
                && !name.equals("DestroyJavaVM") && !name.equals("process reaper");
    }

    /** Looks once more, so that threads started or ended just before the end are reported too. */
    synchronized void lookNow() {
        // Each program thread known is stamped with the look that last saw it: one map lookup per thread and look,
        // where a set of the ids seen cost three. The loop over every thread does only that; what began or ended is
        // reported by methods of their own. With the reporting in this method, the JIT compiled it from its loop with
        // all of the reporting inlined (16 KB of bytecode, about a second of CPU on JDK 25) while lab 15's 10,000
        // platform cooks started, which then took 3.4 to 4.1 s instead of 3.3.
        int now = ++looks;
        int stamped = 0;
        List<Thread> unknown = new ArrayList<>();
        for (Thread thread : liveThreads()) {
            Seen known = alive.get(thread.getId());
            if (known == null) {
                unknown.add(thread);
            } else {
                known.look = now;
                stamped++;
            }
        }
        boolean someGone = stamped < alive.size();
        if (someGone || !unknown.isEmpty()) {
            report(now, someGone, unknown);
        }
    }

    /** Reports the program threads that ended since the last look, and those that began. */
    private void report(int now, boolean someGone, List<Thread> unknown) {
        try (SideChannel.Batch batch = events.batch()) {
            if (someGone) {
                reportGone(now, batch);
            }
            for (Thread thread : unknown) {
                if (isProgramThread(thread)) {
                    alive.put(thread.getId(), new Seen(thread, now));
                    batch.emit(new Fact.ThreadSeen(thread.isDaemon()), thread.getId(), thread.getName());
                }
            }
        }
    }

    /** Reports the program threads this look did not see: they ended. */
    private void reportGone(int now, SideChannel.Batch batch) {
        // A loop, not removeIf with a lambda: the first look runs before the lab's main, where the first lambda costs.
        for (var entries = alive.values().iterator(); entries.hasNext(); ) {
            Seen seen = entries.next();
            if (seen.look != now) {
                onGone.accept(seen.thread);
                batch.emit(new Fact.ThreadGone(), seen.thread.getId(), seen.thread.getName());
                entries.remove();
            }
        }
    }

    /** A program thread, and the look that last saw it alive. */
    private static final class Seen {
        private final Thread thread;
        private int look;

        Seen(Thread thread, int look) {
            this.thread = thread;
            this.look = look;
        }
    }

    private Thread[] liveThreads() {
        return LiveThreads.in(root);
    }
}
