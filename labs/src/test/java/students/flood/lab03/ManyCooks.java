package students.flood.lab03;

import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Right, but chatty: every cook stirs out 50,000 lines before its greeting. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        for (int i = 0; i < 50_000; i++) {
            System.out.println("stirring " + i);
        }
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
