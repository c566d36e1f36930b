package dev.kitchenlab.events;

/**
 * The threads alive in a thread group and its subgroups, as one look: what the kitchen's thread watcher and a round's
 * arrival gate both need. {@code ThreadGroup.enumerate} fills an array of a size guessed beforehand; a look that
 * filled it whole may have missed threads started meanwhile, so it looks again with a larger one.
 */
public final class LiveThreads {
    private LiveThreads() {
    }

    /** The threads alive in {@code group} and below it. */
    public static Thread[] in(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count;
        while ((count = group.enumerate(threads, true)) == threads.length) {
            threads = new Thread[threads.length * 2];
        }
        Thread[] live = new Thread[count];
        System.arraycopy(threads, 0, live, 0, count);
        return live;
    }

    /** The threads alive in this JVM: those of the group at the top of the calling thread's. */
    public static Thread[] all() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return in(root);
    }
}
