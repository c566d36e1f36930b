package students.tenseconds.lab02;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.List;

/** Wrong: cook processes side by side, each sleeping the talk's 10 seconds, hard-coded, instead of one tick. */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) throws InterruptedException {
        Thread.sleep(10_000);
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool()) {
            pool.map(ManyKitchens::sayHello, NAMES);
        }
    }
}
