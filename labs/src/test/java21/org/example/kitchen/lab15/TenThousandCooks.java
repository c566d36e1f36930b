package org.example.kitchen.lab15;

import dev.kitchenlab.kitchen.Tick;

import java.util.ArrayList;
import java.util.List;

/**
 * Lab 15's reference solution: one thread per cook, virtual in one mode and platform in the other, each started with
 * its builder and all joined before the method returns.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    /** COOKS virtual threads, each running {@code shift} once; back when every one of them is done. */
    static void virtualCooks(Runnable shift) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>(COOKS);
        for (int i = 0; i < COOKS; i++) {
            cooks.add(Thread.ofVirtual().start(shift));
        }
        for (Thread cook : cooks) {
            cook.join();
        }
    }

    /** COOKS platform threads, each running {@code shift} once; back when every one of them is done. */
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
