package dev.kitchenlab.harness;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.List;

/**
 * The training run of the kit's class-data archives ({@link dev.kitchenlab.events.ClassArchive#build}): run in the
 * kit's harness as a lab's {@code main} is, it is a kitchen whose one cook does what every cook does before and at its
 * first dish (opens its side channel, reads an order, rebuilds a recipe, prints, sends a dish back, and a chore's), so
 * that the JVMs archive the classes that costs when they exit: the kitchen what the harness and a process pool load,
 * the cook what a cook loads. The cook's JVM options come in the environment as for any kitchen.
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
