package dev.kitchenlab.labs;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.List;

/**
 * The JVM options of a lab's kitchen and of its cook processes.
 *
 * @param kitchen options of the kitchen JVM, the one that runs the lab's {@code main}
 * @param cooks options of every cook JVM the kit's process pool starts
 */
public record JvmOptions(List<String> kitchen, List<String> cooks) {

    /**
     * The fastest-starting cook flags measured on JDK 17 here: C1 only, no perf data file, a small heap
     * ({@code -XX:+UseSerialGC} started slower). Never for a kitchen: the JIT flags hide the visibility bug.
     */
    public static final List<String> FAST_START = ProcessPool.FAST_START;

    /** Kitchens with the JVM's defaults, cooks with the fast-start flags. */
    public static final JvmOptions DEFAULT = new JvmOptions(List.of(), FAST_START);

    /** Keeps the lists immutable. */
    public JvmOptions {
        kitchen = List.copyOf(kitchen);
        cooks = List.copyOf(cooks);
    }
}
