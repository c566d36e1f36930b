package students.lockapi.lab10;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Utensil;

/** Lab 10 fixed with the Lock API: both cooks lock the knife, then the board, and unlock in finally blocks. */
public class KnifeAndBoard {
    private final Utensil knife = new Utensil("the knife");
    private final Utensil board = new Utensil("the board");
    private final Order order;

    KnifeAndBoard(Order order) {
        this.order = order;
    }

    /** Cook A: the knife first, then the board, for every dish. */
    void cookA() {
        for (int dish = 0; dish < order.dishes(); dish++) {
            knife.lock();
            try {
                board.lock();
                try {
                    order.cook();
                } finally {
                    board.unlock();
                }
            } finally {
                // A dish that throws must not leave the knife held: the other cook would wait for it forever.
                knife.unlock();
            }
        }
    }

    /** Cook B: the knife first, then the board, as Cook A does: one order for every cook, so no cycle. */
    void cookB() {
        for (int dish = 0; dish < order.dishes(); dish++) {
            knife.lock();
            try {
                board.lock();
                try {
                    order.cook();
                } finally {
                    board.unlock();
                }
            } finally {
                knife.unlock();
            }
        }
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException {
        cookTogether(order);
    }

    /** Cook A and Cook B at once, sharing the knife and the board: the talk's threads sharing a kitchen. */
    static void cookTogether(Order order) throws InterruptedException {
        KnifeAndBoard kitchen = new KnifeAndBoard(order);
        Thread a = new Thread(kitchen::cookA, "Cook A");
        Thread b = new Thread(kitchen::cookB, "Cook B");
        a.start();
        b.start();
        a.join();
        b.join();
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
