package dev.kitchenlab.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a kitchen's locks go by (the knife, the board), for the kit's reports of hung cooks: the JVM names a lock
 * only by its class and identity hash ({@code java.lang.management.LockInfo}), so a named lock registers each object
 * the JVM may report for it, and the kit looks the name up by that class and hash.
 */
public final class LockNames {
    // Class name and identity hash, as LockInfo gives them, to the lock's name. A lab makes a few utensils a round.
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    private static final int MOST = 100_000;

    private LockNames() {
    }

    /** Names {@code lock}: the JVM may report it, as a monitor or a synchronizer, under this name. */
    public static void register(Object lock, String name) {
        if (NAMES.size() >= MOST) {
            NAMES.clear();
        }
        NAMES.put(key(lock.getClass().getName(), System.identityHashCode(lock)), name);
    }

    /** The name of the lock the JVM reports as {@code className} and {@code identityHashCode}, or empty. */
    public static String of(String className, int identityHashCode) {
        return NAMES.getOrDefault(key(className, identityHashCode), "");
    }

    private static String key(String className, int identity) {
        return className + "@" + Integer.toHexString(identity);
    }
}
