package students.waitsforever.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Wrong: thread mode hires a thread per order and waits until every dish is done; the cook whose dish burns dies
 * before it counts down, so the kitchen waits forever, as Python's Pool.map waits for a dead worker's task.
 */
public class Crash {
    static List<String> threadMode(List<String> orders) throws InterruptedException {
        List<String> served = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(orders.size());
        for (String order : orders) {
            new Thread(() -> {
                served.add(Stove.cook(order));
                done.countDown();
            }).start();
        }
        done.await();
        return served;
    }

    static List<String> processMode(List<String> orders) {
        try (ProcessPool pool = new ProcessPool()) {
            return pool.mapResults(Stove::cook, orders);
        } catch (CookFailedException failed) {
            failed.lost().forEach(order -> System.out.println("lost: " + order));
            List<String> dishes = failed.dishes();
            return dishes.stream().filter(Objects::nonNull).toList();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(threadMode(List.of("soup", "salad", "bread")));
    }
}
