package students.mainprints.lab03;

import dev.kitchenlab.kitchen.Tick;

import java.util.List;

/** A cheat: no cook at all; main waits one tick and prints every greeting itself. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    public static void main(String[] args) {
        Tick.sleep();
        for (String name : NAMES) {
            System.out.println("Hi " + name + "!");
        }
    }
}
