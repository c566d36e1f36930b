package students.killedcook.lab02;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Wrong: the cook who greets Jess is killed mid-meal. */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        if (name.equals("Jess")) {
            Tick.sleep(0.5);
            Runtime.getRuntime().halt(137);
        }
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool()) {
            pool.map(ManyKitchens::sayHello, NAMES);
        }
    }
}
