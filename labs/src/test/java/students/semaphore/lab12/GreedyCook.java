package students.semaphore.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Right, written otherwise than the reference: the stove is a fair semaphore of one permit, the cooks are the threads
 * of a pool made for each shift (named by the JDK, new names every shift), and part two prints its figures plainly.
 */
public class GreedyCook {
    /** One shift: as many cooks as the shift has, each taking the stove for one dish at a time. */
    static void serve(Shift shift) throws InterruptedException {
        Semaphore stove = new Semaphore(1, true);
        ExecutorService cooks = Executors.newFixedThreadPool(shift.cooks());
        for (int cook = 0; cook < shift.cooks(); cook++) {
            cooks.execute(() -> {
                while (shift.isOpen()) {
                    stove.acquireUninterruptibly();
                    try {
                        shift.cook();
                    } finally {
                        stove.release();
                    }
                }
            });
        }
        cooks.shutdown();
        cooks.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** Part two: a pool whose threads alternate between the highest and the lowest priority. */
    static void priorities(Shift shift) throws InterruptedException {
        List<Thread> made = new ArrayList<>();
        ExecutorService cooks = Executors.newFixedThreadPool(shift.cooks(), task -> {
            Thread thread = new Thread(task);
            thread.setPriority(made.size() % 2 == 0 ? Thread.MAX_PRIORITY : Thread.MIN_PRIORITY);
            made.add(thread);
            return thread;
        });
        for (int cook = 0; cook < shift.cooks(); cook++) {
            cooks.execute(() -> {
                while (shift.isOpen()) {
                    shift.cook();
                }
            });
        }
        cooks.shutdown();
        cooks.awaitTermination(1, TimeUnit.MINUTES);
        Map<Integer, Long> dishes = new HashMap<>();
        for (Thread cook : made) {
            dishes.merge(cook.getPriority(), shift.dishesOf(cook), Long::sum);
        }
        dishes.forEach((priority, count) -> System.out.println("Priority " + priority + " -> " + count + " dishes"));
    }
}
