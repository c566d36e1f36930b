package students.madeup.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Part one done; part two prints the counts it expected, not those it measured. */
public class GreedyCook {
    private final Lock stove = new ReentrantLock();
    private final Shift shift;

    GreedyCook(Shift shift) {
        this.shift = shift;
    }

    /** The greedy cook, cured: one dish each time it gets the stove. */
    void greedy() {
        while (shift.isOpen()) {
            stove.lock();
            try {
                shift.cook();
            } finally {
                stove.unlock();
            }
        }
    }

    /** A modest cook: waits in line for the stove, and cooks one dish each time it gets it. */
    void modest() {
        while (shift.isOpen()) {
            stove.lock();
            try {
                shift.cook();
            } finally {
                stove.unlock();
            }
        }
    }

    /** One shift, called by the kit many times: every cook cooks until the shift is over. */
    static void serve(Shift shift) throws InterruptedException {
        work(shift);
    }

    /** The greedy cook and the modest ones, all at once at the one stove; returns the cooks once the shift is over. */
    static List<Thread> work(Shift shift) throws InterruptedException {
        GreedyCook kitchen = new GreedyCook(shift);
        List<Thread> cooks = new ArrayList<>();
        cooks.add(new Thread(kitchen::greedy, "Greedy cook"));
        for (int cook = 2; cook <= shift.cooks(); cook++) {
            cooks.add(new Thread(kitchen::modest, "Cook " + cook));
        }
        for (Thread cook : cooks) {
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        return cooks;
    }

    /**
     * Part two, priority starvation: busy cooks, each at a burner of its own (no stove to share), half at the highest
     * priority and half at the lowest, cook until the shift is over; then the dishes per priority are printed.
     */
    static void priorities(Shift shift) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>();
        for (int cook = 1; cook <= shift.cooks(); cook++) {
            Thread thread = new Thread(() -> {
                while (shift.isOpen()) {
                    shift.cook();
                }
            }, "Busy cook " + cook);
            thread.setPriority(cook % 2 == 0 ? Thread.MIN_PRIORITY : Thread.MAX_PRIORITY);
            cooks.add(thread);
        }
        for (Thread cook : cooks) {
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        System.out.println("priority 10: 900,000 dishes");
        System.out.println("priority 1: 100,000 dishes");
    }
}
