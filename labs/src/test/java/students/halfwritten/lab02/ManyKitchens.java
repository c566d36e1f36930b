package students.halfwritten.lab02;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.List;

import static dev.kitchenlab.kitchen.Todo.todo;

/** Half-written: main is done, sayHello, which runs in the cook processes, still calls todo. */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        todo("sayHello: sleep one tick with Tick.sleep(), then print Hi {name}!");
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool()) {
            pool.map(ManyKitchens::sayHello, NAMES);
        }
    }
}
