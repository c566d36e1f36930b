package students.hardcoded.lab03;

import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;

/** Wrong: four cooks at once, each sleeping a hard-coded second instead of one tick. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) throws InterruptedException {
        Thread.sleep(1000);
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
