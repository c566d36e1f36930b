package students.trylock.lab10;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Utensil;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Lab 10 fixed with a timed tryLock: a cook that cannot get its second utensil within a millisecond puts the first down
 * and backs off.
 */
public class KnifeAndBoard {
    private final Utensil knife = new Utensil("the knife");
    private final Utensil board = new Utensil("the board");
    private final Order order;

    KnifeAndBoard(Order order) {
        this.order = order;
    }

    /** Cook A: the knife, then the board if it comes within a millisecond; if not, the knife goes down again. */
    void cookA() throws InterruptedException {
        for (int dish = 0; dish < order.dishes(); dish++) {
            cookWith(knife, board);
        }
    }

    /** Cook B: the board, then the knife, the same way. */
    void cookB() throws InterruptedException {
        for (int dish = 0; dish < order.dishes(); dish++) {
            cookWith(board, knife);
        }
    }

    private void cookWith(Utensil first, Utensil second) throws InterruptedException {
        while (true) {
            first.lock();
            try {
                if (second.tryLock(1, TimeUnit.MILLISECONDS)) {
                    try {
                        order.cook();
                        return;
                    } finally {
                        second.unlock();
                    }
                }
            } finally {
                first.unlock();
            }
            // Back off a random moment, so the two cooks do not retry in step.
            Thread.sleep(0, ThreadLocalRandom.current().nextInt(1, 100_000));
        }
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException {
        cookTogether(order);
    }

    /** Cook A and Cook B at once, sharing the knife and the board: the talk's threads sharing a kitchen. */
    static void cookTogether(Order order) throws InterruptedException {
        KnifeAndBoard kitchen = new KnifeAndBoard(order);
        Thread a = new Thread(() -> Interruptible.run(kitchen::cookA), "Cook A");
        Thread b = new Thread(() -> Interruptible.run(kitchen::cookB), "Cook B");
        a.start();
        b.start();
        a.join();
        b.join();
    }

    /** A cook's work that may be interrupted, run on a thread of its own. */
    interface Interruptible {
        void cook() throws InterruptedException;

        static void run(Interruptible work) {
            try {
                work.cook();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Serves orders by hand, one line a round: when the lines stop, the cooks are deadlocked. */
    public static void main(String[] args) throws InterruptedException {
        for (int round = 1; round <= 20; round++) {
            cookTogether(new Order(2, 100_000));
            System.out.printf("round %d: both cooks cooked their 100,000 dishes%n", round);
        }
        System.out.println("every round ended: no deadlock this time, run it again");
    }
}
