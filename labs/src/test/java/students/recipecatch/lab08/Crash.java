package students.recipecatch.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Right, written another way: in thread mode each cook catches its own burnt dish inside the recipe, so the pool never
 * sees a failure; process mode must still catch CookFailedException, since a cook process that exits catches nothing.
 */
public class Crash {
    static String cookOrNothing(String order) {
        try {
            return Stove.cook(order);
        } catch (RuntimeException burnt) {
            System.out.println("lost: " + order);
            return null;
        }
    }

    static List<String> threadMode(List<String> orders) {
        try (ThreadPool pool = new ThreadPool(2)) {
            List<String> served = new ArrayList<>(pool.mapResults(Crash::cookOrNothing, orders));
            served.removeIf(Objects::isNull);
            return served;
        }
    }

    static List<String> processMode(List<String> orders) {
        try (ProcessPool pool = new ProcessPool()) {
            List<String> served = new ArrayList<>();
            try {
                served.addAll(pool.mapResults(Crash::cookOrNothing, orders));
            } catch (CookFailedException died) {
                died.<String>lost().forEach(order -> System.out.println("lost: " + order));
                served.addAll(died.<String>dishes());
            }
            served.removeIf(Objects::isNull);
            return served;
        }
    }

    public static void main(String[] args) {
        System.out.println(threadMode(List.of("soup", "salad", "bread")));
    }
}
