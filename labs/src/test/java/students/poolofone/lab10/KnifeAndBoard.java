package students.poolofone.lab10;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Utensil;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Lab 10 "fixed" with a single-thread executor: the opposite orders stay, and one thread runs both cooks in turn. */
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
            synchronized (knife) {
                synchronized (board) {
                    order.cook();
                }
            }
        }
    }

    /** Cook B: the board first, then the knife, for every dish. */
    void cookB() {
        for (int dish = 0; dish < order.dishes(); dish++) {
            synchronized (board) {
                synchronized (knife) {
                    order.cook();
                }
            }
        }
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException, ExecutionException {
        cookTogether(order);
    }

    /** Cook A and Cook B as two tasks, on an executor with one thread. */
    static void cookTogether(Order order) throws InterruptedException, ExecutionException {
        KnifeAndBoard kitchen = new KnifeAndBoard(order);
        // One thread: Cook B's task waits in the queue until Cook A's is done, so the cycle never closes.
        ExecutorService cooks = Executors.newSingleThreadExecutor();
        try {
            List<Future<?>> dishes = List.of(cooks.submit(kitchen::cookA), cooks.submit(kitchen::cookB));
            for (Future<?> cook : dishes) {
                cook.get();
            }
        } finally {
            cooks.shutdown();
        }
    }

    /** Serves orders by hand, one line a round: when the lines stop, the cooks are deadlocked. */
    public static void main(String[] args) throws InterruptedException, ExecutionException {
        for (int round = 1; round <= 20; round++) {
            cookTogether(new Order(2, 100_000));
            System.out.printf("round %d: both cooks cooked their 100,000 dishes%n", round);
        }
        System.out.println("every round ended: no deadlock this time, run it again");
    }
}
