package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.SideChannel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Notices the threads the program starts and ends, by looking at the live threads every few milliseconds:
 * the JDK has no hook for thread start, and this needs no agent. The JVM's own threads (those alive before
 * {@code main}, and the system group's) and the kit's own (named {@code kitchen-lab-…}) are not reported.
 */
final class ThreadWatcher {
    private static final long INTERVAL_MILLIS = 2;

    private final SideChannel events;
    // Filled by the constructor, then only read.
    private final Set<Long> before = new HashSet<>();
    // Guarded by this: the watcher thread and the shutdown hook both look.
    private final Map<Long, String> alive = new HashMap<>();
    private final Thread looker = new Thread(this::watch, LineTap.KIT_THREAD_PREFIX + "thread-watcher");

    ThreadWatcher(SideChannel events) {
        this.events = events;
        for (Thread thread : liveThreads()) {
            before.add(thread.getId());
        }
        looker.setDaemon(true);
    }

    void start() {
        looker.start();
    }

    /** Looks once more, so that threads started just before the end are reported too. */
    synchronized void lookNow() {
        Set<Long> seen = new HashSet<>();
        for (Thread thread : liveThreads()) {
            long id = thread.getId();
            if (before.contains(id) || !isProgramThread(thread)) {
                continue;
            }
            seen.add(id);
            if (!alive.containsKey(id)) {
                alive.put(id, thread.getName());
                events.emit(new Fact.ThreadSeen(thread.isDaemon()), id, thread.getName());
            }
        }
        alive.entrySet().removeIf(entry -> {
            if (seen.contains(entry.getKey())) {
                return false;
            }
            events.emit(new Fact.ThreadGone(), entry.getKey(), entry.getValue());
            return true;
        });
    }

    private void watch() {
        while (true) {
            lookNow();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean isProgramThread(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        boolean systemGroup = group != null && group.getParent() == null;
        String name = thread.getName();
        // DestroyJavaVM takes over from main when it returns; the process reaper waits for child processes.
        return !systemGroup && !name.startsWith(LineTap.KIT_THREAD_PREFIX) && !name.equals("DestroyJavaVM")
                && !name.equals("process reaper");
    }

    private static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count;
        while ((count = root.enumerate(threads, true)) == threads.length) {
            threads = new Thread[threads.length * 2];
        }
        Thread[] live = new Thread[count];
        System.arraycopy(threads, 0, live, 0, count);
        return live;
    }
}
