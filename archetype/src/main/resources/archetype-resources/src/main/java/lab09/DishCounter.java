package ${package}.lab09;

import dev.kitchenlab.kitchen.Order;

import java.util.ArrayList;
import java.util.List;

/**
 * Lab 09 · race: the price of sharing a kitchen. Cooks are threads of one kitchen, so they share its memory: here two
 * cooks count their good dishes on one shared counter, and the counter loses some.
 *
 * <p>Run {@code main} first: it serves a few orders by hand and prints how many good dishes the counter lost. Then
 * make {@link #countDish()} safe and delete the {@code todo(...)} in {@link #serve}. Check:
 * {@code mvn kitchen:check -Dlab=09}. The kit calls {@code serve} hundreds of times in one kitchen, counts the good
 * dishes itself, and checks that your count is exact in every round while the cooks still cook at the same time,
 * each its share.
 */
public class DishCounter {
    /** The good dishes counted so far, one counter shared by every cook. */
    private int served;

    /** Counts one good dish: every cook calls it, at the same time as the others. */
    void countDish() {
        // Three steps: read the count, add one, write it back. Another cook can read between the first and the last.
        served++;
    }

    /** One round, called by the kit many times: the count the cooks end the order with. */
    static int serve(Order order) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo(
                "serve: your cooks lose dishes (run main to see how many): make countDish one step no other cook can "
                + "cut into, then delete this line");
        return cookTogether(order);
    }

    /**
     * order.cooks() cooks at once, each cooking order.dishes() dishes and counting every good one on the one shared
     * counter: the talk's threads sharing a kitchen.
     */
    static int cookTogether(Order order) throws InterruptedException {
        DishCounter counter = new DishCounter();
        List<Thread> cooks = new ArrayList<>();
        for (int i = 1; i <= order.cooks(); i++) {
            Thread cook = new Thread(() -> {
                for (int dish = 0; dish < order.dishes(); dish++) {
                    if (order.cook()) {
                        counter.countDish();
                    }
                }
            }, "cook-" + i);
            cooks.add(cook);
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        return counter.served;
    }

    /** Serves a few orders by hand, printing what the counter said against the good dishes the kit saw. */
    public static void main(String[] args) throws InterruptedException {
        for (int round = 1; round <= 10; round++) {
            Order order = new Order(2, 100_000);
            int counted = cookTogether(order);
            long good = order.good();
            System.out.printf("round %d: the counter says %,d, the cooks cooked %,d good dishes: %,d lost%n", round,
                    counted, good, good - counted);
        }
    }
}
