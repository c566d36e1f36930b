package students.stderr.lab03;

import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Wrong: the right cooks, greeting on stderr. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.err.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
