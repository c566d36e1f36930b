package students.fixedpool.lab15;

import dev.kitchenlab.kitchen.Tick;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Wrong: the "virtual" cooks are a fixed pool of 8 platform threads, taking turns at 10,000 shifts.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    static void virtualCooks(Runnable shift) throws InterruptedException {
        ExecutorService kitchen = Executors.newFixedThreadPool(8);
        for (int i = 0; i < COOKS; i++) {
            kitchen.submit(shift);
        }
        kitchen.shutdown();
        kitchen.awaitTermination(1, TimeUnit.HOURS);
    }

    static void platformCooks(Runnable shift) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>(COOKS);
        for (int i = 0; i < COOKS; i++) {
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
