package dev.kitchenlab.lab;

import dev.kitchenlab.events.KitchenEnvironment;

import java.util.List;

/**
 * The JVM options of a lab's kitchen and of its cook processes.
 *
 * @param kitchen options of the kitchen JVM, the one that runs the lab's {@code main}
 * @param cooks options of every cook JVM the kit's process pool starts
 */
public record JvmOptions(List<String> kitchen, List<String> cooks) {

    /** Kitchens with the JVM's defaults (its JIT shows the visibility bug), cooks with the fast-start flags. */
    public static final JvmOptions DEFAULT = new JvmOptions(List.of(), KitchenEnvironment.FAST_START_COOK_OPTIONS);

    /** Keeps the lists immutable. */
    public JvmOptions {
        kitchen = List.copyOf(kitchen);
        cooks = List.copyOf(cooks);
    }
}
