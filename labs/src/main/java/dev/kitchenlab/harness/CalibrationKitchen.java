package dev.kitchenlab.harness;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.ArrayList;
import java.util.List;

/**
 * A kitchen that measures what a process pool costs before its first dish: it opens a pool of one cook per CPU,
 * hands each cook an order that takes no time, and prints how long that took in nanoseconds. The calibration of
 * a check runs it, so process labs allow for what cook JVMs cost on this machine right now.
 */
public final class CalibrationKitchen {
    private CalibrationKitchen() {
    }

    /** Prints the nanoseconds from opening the pool to the last empty dish. */
    public static void main(String[] args) {
        int cooks = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < cooks; i++) {
            orders.add(i);
        }
        long start = System.nanoTime();
        try (ProcessPool pool = new ProcessPool(cooks)) {
            pool.map(CalibrationKitchen::nothing, orders);
            System.out.println(System.nanoTime() - start);
        }
    }

    private static void nothing(Integer order) {
        // An empty dish: what is measured is the pool around it.
    }
}
