package students.nosleep.lab03;

import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;

/** Wrong: four cooks greet at once, without sleeping their tick first. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
