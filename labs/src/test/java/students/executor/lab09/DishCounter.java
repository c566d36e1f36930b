package students.executor.lab09;

import dev.kitchenlab.kitchen.Order;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/** Right another way: an executor's threads are the cooks, and they count on a LongAdder. */
public class DishCounter {
    static int serve(Order order) throws Exception {
        LongAdder served = new LongAdder();
        ExecutorService cooks = Executors.newFixedThreadPool(order.cooks());
        try {
            List<Future<?>> working = new ArrayList<>();
            for (int i = 0; i < order.cooks(); i++) {
                working.add(cooks.submit(() -> {
                    for (int dish = 0; dish < order.dishes(); dish++) {
                        if (order.cook()) {
                            served.increment();
                        }
                    }
                }));
            }
            for (Future<?> cook : working) {
                cook.get();
            }
        } finally {
            cooks.shutdown();
        }
        return served.intValue();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(serve(new Order(2, 100_000)));
    }
}
