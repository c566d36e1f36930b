package students.kitchenprints.lab02;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** Wrong: the cooks only make the greetings; the kitchen prints them. */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static String greeting(String name) {
        Tick.sleep();
        return "Hi " + name + "!";
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool()) {
            pool.mapResults(ManyKitchens::greeting, NAMES).forEach(System.out::println);
        }
    }
}
