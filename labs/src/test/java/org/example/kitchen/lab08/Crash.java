package org.example.kitchen.lab08;

import dev.kitchenlab.kitchen.CookFailedException;
import dev.kitchenlab.kitchen.Pool;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Stove;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;
import java.util.Objects;

/**
 * Lab 08 · crash — reference solution: whichever cook fails, the kitchen serves every other dish and names the lost
 * one; the same code in both modes, only the pool differs.
 */
public class Crash {
    static final List<String> ORDERS = List.of("soup", "salad", "bread", "pasta", "curry", "pie");

    static List<String> serve(Pool pool, List<String> orders) {
        try {
            return pool.mapResults(Stove::cook, orders);
        } catch (CookFailedException failed) {
            for (String order : failed.<String>lost()) {
                System.out.println("lost: " + order);
            }
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
        System.out.println("thread mode served " + threadMode(ORDERS));
        System.out.println("process mode served " + processMode(ORDERS));
    }
}
