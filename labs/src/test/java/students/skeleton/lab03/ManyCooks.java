package students.skeleton.lab03;

import java.util.List;

import static dev.kitchenlab.kitchen.Todo.todo;

/** The untouched skeleton, as the archetype generates it. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        todo("sayHello: sleep one tick with Tick.sleep(), then print Hi {name}!");
    }

    public static void main(String[] args) {
        todo("main: map sayHello over NAMES with a ThreadPool of 4 cooks");
    }
}
