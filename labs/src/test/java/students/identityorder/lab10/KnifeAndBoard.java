package students.identityorder.lab10;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Utensil;

/**
 * Lab 10 fixed the textbook way: each cook names its utensils in its own order, and a helper takes the one with the
 * lower {@code System.identityHashCode} first.
 */
public class KnifeAndBoard {
    private final Utensil knife = new Utensil("the knife");
    private final Utensil board = new Utensil("the board");
    // Two objects may share an identity hash: then both cooks take this first, and only one of them goes on.
    private final Object tie = new Object();
    private final Order order;

    KnifeAndBoard(Order order) {
        this.order = order;
    }

    /** Cook A: asks for the knife and the board, for every dish. */
    void cookA() {
        for (int dish = 0; dish < order.dishes(); dish++) {
            cookWith(knife, board);
        }
    }

    /** Cook B: asks for the board and the knife, the opposite way, and still takes them as Cook A does. */
    void cookB() {
        for (int dish = 0; dish < order.dishes(); dish++) {
            cookWith(board, knife);
        }
    }

    private void cookWith(Utensil one, Utensil other) {
        int oneHash = System.identityHashCode(one);
        int otherHash = System.identityHashCode(other);
        if (oneHash == otherHash) {
            synchronized (tie) {
                cookHolding(one, other);
            }
        } else if (oneHash < otherHash) {
            cookHolding(one, other);
        } else {
            cookHolding(other, one);
        }
    }

    private void cookHolding(Utensil first, Utensil second) {
        synchronized (first) {
            synchronized (second) {
                order.cook();
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
