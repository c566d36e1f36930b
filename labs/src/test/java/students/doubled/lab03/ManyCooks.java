package students.doubled.lab03;

import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Wrong: Kai is greeted twice. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy", "Kai");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(5)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
