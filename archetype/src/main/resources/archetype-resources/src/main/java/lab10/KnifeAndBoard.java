package ${package}.lab10;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Utensil;

/**
 * Lab 10 · deadlock: two cooks, one knife, one board. Every dish needs both utensils; Cook A takes the knife and then
 * the board, Cook B the board and then the knife. Sooner or later each holds one and waits for the other's: a
 * deadlock, and the kitchen stops for good.
 *
 * <p>Run {@code main} first: it serves orders by hand and prints each round; when it stops printing, the cooks are
 * deadlocked (a thread dump, {@code jstack PID} from another terminal, shows who holds what). Then break the cycle and
 * delete the {@code todo(...)} in {@link #serve}. Check: {@code mvn kitchen:check -Dlab=10}. The kit calls
 * {@code serve} hundreds of times in one kitchen, names a deadlock as soon as the JVM finds it, and checks that every
 * round ends while the cooks still cook at the same time, each its share.
 */
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
    static void serve(Order order) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo(
                "serve: your cooks deadlock (run main and watch it stop): let them take the knife and the board "
                + "without a cycle, then delete this line");
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
