package students.notwaited.lab15;

import dev.kitchenlab.kitchen.Tick;

/**
 * Wrong: starts the cooks and comes back at once, without joining them.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    static void virtualCooks(Runnable shift) {
        for (int i = 0; i < COOKS; i++) {
            Thread.ofVirtual().start(shift);
        }
    }

    static void platformCooks(Runnable shift) {
        for (int i = 0; i < COOKS; i++) {
            Thread.ofPlatform().start(shift);
        }
    }

    /** Runs both modes by hand, each cook napping a tick: watch the threads with ps -T -p PID | wc -l. */
    public static void main(String[] args) throws InterruptedException {
        System.out.println("kitchen pid " + ProcessHandle.current().pid() + ": ps -T -p PID | wc -l");
        long start = System.nanoTime();
        virtualCooks(Tick::sleep);
        System.out.printf("%,d virtual cooks: %.2f s%n", COOKS, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        platformCooks(Tick::sleep);
        System.out.printf("%,d platform cooks: %.2f s%n", COOKS, (System.nanoTime() - start) / 1e9);
    }
}
