package students.executor.lab10;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Utensil;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Lab 10 fixed with plain JDK tools: both cooks take the knife first, as two tasks on a fixed pool of 2 threads. */
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

    /** Cook B: the knife first, then the board, as Cook A does. */
    void cookB() {
        for (int dish = 0; dish < order.dishes(); dish++) {
            synchronized (knife) {
                synchronized (board) {
                    order.cook();
                }
            }
        }
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException, ExecutionException {
        cookTogether(order);
    }

    /** Cook A and Cook B at once, each a task on a pool thread of its own. */
    static void cookTogether(Order order) throws InterruptedException, ExecutionException {
        KnifeAndBoard kitchen = new KnifeAndBoard(order);
        ExecutorService cooks = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> dishes = List.of(cooks.submit(kitchen::cookA), cooks.submit(kitchen::cookB));
            for (Future<?> cook : dishes) {
                cook.get();
            }
        } finally {
            // Idle pool threads would outlive the round, and keep main's JVM alive at the end.
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
