package students.threads.lab02;

import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Wrong: the process lab done with threads. */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(2)) {
            pool.map(ManyKitchens::sayHello, NAMES);
        }
    }
}
