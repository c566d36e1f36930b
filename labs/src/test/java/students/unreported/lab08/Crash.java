package students.unreported.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.Pool;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;
import java.util.Objects;

/** Wrong: the other dishes are served, but nobody is told which one was lost. */
public class Crash {
    static List<String> serve(Pool pool, List<String> orders) {
        try {
            return pool.mapResults(Stove::cook, orders);
        } catch (CookFailedException failed) {
            List<String> dishes = failed.dishes();
            return dishes.stream().filter(Objects::nonNull).toList();
        }
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
