package dev.kitchenlab.harness;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.List;

/**
 * The training run of a cook archive ({@link dev.kitchenlab.events.CookArchive#build}): a kitchen whose one cook does
 * what every cook does before and at its first dish (opens its side channel, reads an order, rebuilds a recipe, prints,
 * sends a dish back, and a chore's), so that the JVM archives the classes that costs when the cook exits. The cook's
 * JVM options, those that write the archive among them, come in the environment as for any kitchen.
 */
public final class CookTraining {
    private CookTraining() {
    }

    /** Opens a pool of one cook, has it cook twice, and closes it. */
    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool(1)) {
            pool.mapResults(CookTraining::taste, List.of("a dish"));
            pool.map(item -> System.out.println("cooked " + item), List.of("a chore"));
        }
    }

    private static String taste(String item) {
        System.out.println("tasted " + item);
        return item;
    }
}
