package students.executor.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Right, written another way: thread mode with the JDK's ExecutorService, one future per order. */
public class Crash {
    static List<String> threadMode(List<String> orders) throws InterruptedException {
        ExecutorService cooks = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> dishes = new ArrayList<>();
            for (String order : orders) {
                dishes.add(cooks.submit(() -> Stove.cook(order)));
            }
            List<String> served = new ArrayList<>();
            for (int i = 0; i < orders.size(); i++) {
                try {
                    served.add(dishes.get(i).get());
                } catch (ExecutionException burnt) {
                    System.out.println("lost: " + orders.get(i) + " (" + burnt.getCause() + ")");
                }
            }
            return served;
        } finally {
            cooks.shutdown();
        }
    }

    static List<String> processMode(List<String> orders) {
        try (ProcessPool pool = new ProcessPool(3)) {
            return pool.mapResults(Stove::cook, orders);
        } catch (CookFailedException failed) {
            System.out.println("lost: " + failed.lost() + ": " + failed.getMessage());
            List<String> dishes = failed.dishes();
            return dishes.stream().filter(Objects::nonNull).toList();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(threadMode(List.of("soup", "salad", "bread")));
    }
}
