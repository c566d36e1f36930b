package dev.kitchenlab.events;

/**
 * Ends this JVM, and every process below it, as soon as the process that watches it is gone: a kitchen whose
 * inspector (Maven, a lab test) was stopped, killed or crashed, a cook whose kitchen died. It never relies on the
 * kitchen's stdin (lab 01 reads it): it looks twice a second whether its parent is still the one it started with.
 */
public final class OrphanWatch {
    private static final long LOOK_EVERY_MILLIS = 500;
    // What a JVM killed by a signal would report; nobody is left to read it.
    private static final int ORPHANED_EXIT = 137;

    private OrphanWatch() {
    }

    /** Watches {@code watcherPid}, which must be this JVM's parent, on a daemon thread of the kit. */
    public static void start(long watcherPid) {
        // A class, not a lambda: this runs before the lab's main, where the first lambda costs the kitchen's start some
        // milliseconds.
        Thread watch = new Thread(new Watch(watcherPid), LineTap.KIT_THREAD_PREFIX + "orphan-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** The watch itself: ends this JVM when its watcher is no longer its parent. */
    private record Watch(long watcherPid) implements Runnable {
        @Override
        public void run() {
            // The parent is read from /proc/self where there is one (OwnProcess): a process whose parent ends is handed
            // to another at once, so a parent that changed is a watcher gone. ProcessHandle, whose first use cost some
            // 5 ms of CPU and 3 ms of every kitchen's start (medians of 60 starts), is left to systems without /proc.
            while (OwnProcess.parentPid() == watcherPid) {
                try {
                    Thread.sleep(LOOK_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            end();
        }
    }

    /** Stops every process below this JVM, then this JVM, without running the program's shutdown hooks. */
    private static void end() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(ORPHANED_EXIT);
    }
}
