package students.executor.lab15;

import dev.kitchenlab.kitchen.Tick;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Right, another way: an executor per mode that starts a new thread per task, closed by try-with-resources, whose
 * close() waits for every task.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    static void virtualCooks(Runnable shift) {
        try (ExecutorService kitchen = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < COOKS; i++) {
                kitchen.submit(shift);
            }
        }
    }

    static void platformCooks(Runnable shift) {
        try (ExecutorService kitchen = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            for (int i = 0; i < COOKS; i++) {
                kitchen.submit(shift);
            }
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
