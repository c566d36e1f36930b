package org.example.kitchen.lab05;

import dev.kitchenlab.kitchen.Tick;

import java.util.function.Supplier;

/**
 * Lab 05 · timed — reference solution: the talk's {@code @timed} decorator, as a wrapper.
 */
public class Timed {

    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        return () -> {
            long start = System.nanoTime();
            try {
                return call.get();
            } finally {
                System.out.println(name + ": " + String.format("%.2f", (System.nanoTime() - start) / 1e6) + "ms");
            }
        };
    }

    public static void main(String[] args) {
        Supplier<String> soup = timed("make_soup", () -> {
            Tick.sleep(0.1);
            return "soup";
        });
        System.out.println(soup.get());
    }
}
