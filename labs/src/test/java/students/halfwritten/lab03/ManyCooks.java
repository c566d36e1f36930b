package students.halfwritten.lab03;

import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;

import static dev.kitchenlab.kitchen.Todo.todo;

/** Half-written: main is done, sayHello still calls todo. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        todo("sayHello: sleep one tick with Tick.sleep(), then print Hi {name}!");
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(ManyCooks::sayHello, NAMES);
        }
    }
}
