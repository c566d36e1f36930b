package dev.kitchenlab.events;

/**
 * The environment variables through which a check reaches the kitchen and every process below it.
 * Environment variables, not system properties, so that a plain {@code ProcessBuilder} child sees them too.
 */
public final class KitchenEnvironment {
    /** The tick, as a duration such as {@code 500ms} or {@code 1s}; absent means the talk's 10 s. */
    public static final String TICK = "KITCHEN_TICK";
    /** The folder where each JVM of a lab run writes its events; absent means nobody is watching. */
    public static final String EVENTS_DIR = "KITCHEN_EVENTS_DIR";
    /** The JVM options for cook processes, separated by spaces; absent means the kit's fast-start flags. */
    public static final String COOK_JVM_OPTIONS = "KITCHEN_COOK_JVM_OPTIONS";

    private KitchenEnvironment() {
    }
}
