package students.startvirtual.lab15;

import dev.kitchenlab.kitchen.Tick;

/**
 * Right, the shortest way: Thread.startVirtualThread for the virtual cooks, new Thread(...).start() for the platform
 * ones, kept in arrays and joined.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    static void virtualCooks(Runnable shift) throws InterruptedException {
        Thread[] cooks = new Thread[COOKS];
        for (int i = 0; i < COOKS; i++) {
            cooks[i] = Thread.startVirtualThread(shift);
        }
        for (Thread cook : cooks) {
            cook.join();
        }
    }

    static void platformCooks(Runnable shift) throws InterruptedException {
        Thread[] cooks = new Thread[COOKS];
        for (int i = 0; i < COOKS; i++) {
            cooks[i] = new Thread(shift);
            cooks[i].start();
        }
        for (Thread cook : cooks) {
            cook.join();
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
