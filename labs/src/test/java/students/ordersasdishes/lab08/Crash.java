package students.ordersasdishes.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.Pool;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;

/** Wrong, a cheat: the cooks cook, but the kitchen hands back the order slips as if every dish had been served. */
public class Crash {
    static List<String> serve(Pool pool, List<String> orders) {
        try {
            pool.mapResults(Stove::cook, orders);
        } catch (CookFailedException failed) {
            failed.lost().forEach(order -> System.out.println("lost: " + order));
        }
        return orders;
    }

    static List<String> threadMode(List<String> orders) {
        try (ThreadPool pool = new ThreadPool(3)) {
            return serve(pool, orders);
        }
    }

    static List<String> processMode(List<String> orders) {
        try (ProcessPool pool = new ProcessPool()) {
            return serve(pool, orders);
        }
    }

    public static void main(String[] args) {
        System.out.println(threadMode(List.of("soup", "salad", "bread")));
    }
}
