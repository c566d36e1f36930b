package students.nonewline.lab03;

import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Right: each cook greets with print, no line break; the greetings run together on the terminal. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.print("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
