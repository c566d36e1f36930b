package students.poolofone.lab02;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Wrong: a pool of one cook process, which takes turns with itself. */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool(1)) {
            pool.map(ManyKitchens::sayHello, NAMES);
        }
    }
}
