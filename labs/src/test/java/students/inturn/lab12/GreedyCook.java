package students.inturn.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Each cook works the shift alone, one after another: nobody waits for the stove. */
public class GreedyCook {
    private final Lock stove = new ReentrantLock(true);
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

    /** One cook after another, each joined before the next starts. */
    static List<Thread> work(Shift shift) throws InterruptedException {
        GreedyCook kitchen = new GreedyCook(shift);
        List<Thread> cooks = new ArrayList<>();
        cooks.add(new Thread(kitchen::greedy, "Greedy cook"));
        for (int cook = 2; cook <= shift.cooks(); cook++) {
            cooks.add(new Thread(kitchen::modest, "Cook " + cook));
        }
        for (Thread cook : cooks) {
            cook.start();
            cook.join();
        }
        return cooks;
    }
}
