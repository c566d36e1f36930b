package students.shortholds.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Every cook waits in line on the unfair lock and holds it for one dish. */
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
}
