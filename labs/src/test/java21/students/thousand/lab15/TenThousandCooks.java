package students.thousand.lab15;

import dev.kitchenlab.kitchen.Tick;

import java.util.ArrayList;
import java.util.List;

/**
 * Wrong: a thousand cooks in each mode, not 10,000.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    static void virtualCooks(Runnable shift) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>(1_000);
        for (int i = 0; i < 1_000; i++) {
            cooks.add(Thread.ofVirtual().start(shift));
        }
        for (Thread cook : cooks) {
            cook.join();
        }
    }

    static void platformCooks(Runnable shift) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>(1_000);
        for (int i = 0; i < 1_000; i++) {
            cooks.add(Thread.ofPlatform().start(shift));
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
