package students.escapes.lab08;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;

/** Wrong: the pool's CookFailedException escapes, and every dish the other cooks served goes with it. */
public class Crash {
    static List<String> threadMode(List<String> orders) {
        try (ThreadPool pool = new ThreadPool(3)) {
            return pool.mapResults(Stove::cook, orders);
        }
    }

    static List<String> processMode(List<String> orders) {
        try (ProcessPool pool = new ProcessPool()) {
            return pool.mapResults(Stove::cook, orders);
        }
    }

    public static void main(String[] args) {
        System.out.println(threadMode(List.of("soup", "salad", "bread")));
    }
}
