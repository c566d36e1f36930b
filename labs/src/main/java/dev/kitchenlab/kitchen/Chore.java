package dev.kitchenlab.kitchen;

import java.io.Serializable;

/**
 * A recipe that gives nothing back, like the talk's {@code say_hello}: {@code pool.map(ManyCooks::sayHello, NAMES)}.
 * Serializable, because a process pool sends it to another JVM.
 *
 * @param <T> what the cook is given
 */
@FunctionalInterface
public interface Chore<T> extends Serializable {
    /** Does the work for one item. */
    void cook(T item) throws Exception;
}
