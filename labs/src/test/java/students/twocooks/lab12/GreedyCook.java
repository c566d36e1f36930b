package students.twocooks.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Only the greedy cook and one modest cook come to the shift. */
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

    /** The greedy cook and one modest cook: the others stay home. */
    static List<Thread> work(Shift shift) throws InterruptedException {
        GreedyCook kitchen = new GreedyCook(shift);
        List<Thread> cooks = List.of(new Thread(kitchen::greedy, "Greedy cook"), new Thread(kitchen::modest, "Cook 2"));
        for (Thread cook : cooks) {
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        return cooks;
    }
}
