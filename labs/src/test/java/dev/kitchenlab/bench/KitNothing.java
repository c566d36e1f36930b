package dev.kitchenlab.bench;

import dev.kitchenlab.kitchen.Tick;

/**
 * A program that does nothing but what every lab's {@code main} does first, use the kit (here, read the tick): a JVM's
 * start and exit with the kit's classes loaded, with or without the kit's harness around it. Run plainly, it loads
 * the kit from its JAR as a lab run plainly does; {@link Nothing} never touches the kit.
 */
public final class KitNothing {
    private KitNothing() {
    }

    /** Reads the tick and returns. */
    public static void main(String[] args) {
        Tick.duration();
    }
}
