package dev.kitchenlab.lab;

import dev.kitchenlab.events.KitchenEnvironment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JVM options of a lab's kitchen and of its cook processes.
 *
 * @param kitchen options of the kitchen JVM, the one that runs the lab's {@code main}
 * @param cooks options of every cook JVM the kit's process pool starts
 */
public record JvmOptions(List<String> kitchen, List<String> cooks) {
    /** The kitchen's heap unless a lab says otherwise, in megabytes. */
    public static final int DEFAULT_KITCHEN_HEAP_MB = 256;

    /**
     * Kitchens with the JVM's defaults (its JIT shows the visibility bug) but a heap of 256 MB, so a student's leak
     * stops there and not at a quarter of the machine; cooks with the fast-start flags, 64 MB each. A lab that needs
     * room (the memory lab) says so.
     */
    public static final JvmOptions DEFAULT = new JvmOptions(List.of("-Xmx" + JvmOptions.DEFAULT_KITCHEN_HEAP_MB + "m"),
            KitchenEnvironment.FAST_START_COOK_OPTIONS);

    /** The kitchen's heap limit as its {@code -Xmx} option gives it ({@code 256 MB}), if it has one. */
    public Optional<String> kitchenHeap() {
        return kitchen.stream().filter(o -> o.startsWith("-Xmx")).reduce((first, last) -> last)
                .map(o -> o.substring(4).toUpperCase(Locale.ROOT).replaceAll("([0-9])([KMGT])$", "$1 $2B"));
    }

    /** Keeps the lists immutable. */
    public JvmOptions {
        kitchen = List.copyOf(kitchen);
        cooks = List.copyOf(cooks);
    }
}
