package dev.kitchenlab.kitchen;

/**
 * Waits that an interrupt must not cut short: a pool that stopped waiting for its cooks would leave them
 * cooking. The interrupt is kept, and set again once the wait is over.
 */
final class Uninterruptibly {
    /** A wait that may be interrupted. */
    interface Wait {
        void await() throws InterruptedException;
    }

    private Uninterruptibly() {
    }

    static void await(Wait wait) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
