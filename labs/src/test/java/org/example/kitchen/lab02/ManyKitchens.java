package org.example.kitchen.lab02;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/**
 * Lab 02 · kitchens — reference solution: the talk's {@code Pool().map(say_hello, NAMES)}.
 */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool()) {
            pool.map(ManyKitchens::sayHello, NAMES);
        }
    }
}
