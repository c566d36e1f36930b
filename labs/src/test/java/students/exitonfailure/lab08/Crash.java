package students.exitonfailure.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.Pool;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;
import java.util.Objects;

/**
 * Wrong: in thread mode a cook whose dish burns gives up on the whole kitchen, System.exit(1), as the talk says a
 * crashing thread would; process mode is right.
 */
public class Crash {
    static String cookOrGiveUp(String order) {
        try {
            return Stove.cook(order);
        } catch (RuntimeException burnt) {
            System.out.println("lost: " + order + ", closing the kitchen");
            System.exit(1);
            return null;
        }
    }

    static List<String> threadMode(List<String> orders) {
        try (ThreadPool pool = new ThreadPool(3)) {
            return pool.mapResults(Crash::cookOrGiveUp, orders);
        }
    }

    static List<String> processMode(List<String> orders) {
        try (ProcessPool pool = new ProcessPool()) {
            return serve(pool, orders);
        }
    }

    static List<String> serve(Pool pool, List<String> orders) {
        try {
            return pool.mapResults(Stove::cook, orders);
        } catch (CookFailedException failed) {
            failed.lost().forEach(order -> System.out.println("lost: " + order));
            List<String> dishes = failed.dishes();
            return dishes.stream().filter(Objects::nonNull).toList();
        }
    }

    public static void main(String[] args) {
        System.out.println(threadMode(List.of("soup", "salad", "bread")));
    }
}
