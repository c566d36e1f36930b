package dev.kitchenlab.kitchen;

import java.io.Serializable;

/**
 * A recipe that gives back a dish: {@code pool.mapResults(MemoryLab::total, lists)}. It has its own name on
 * the pool ({@code mapResults}, where {@link Chore} has {@code map}) so that a lambda is never ambiguous.
 * Serializable, because a process pool sends it to another JVM.
 *
 * @param <T> what the cook is given
 * @param <R> the dish it gives back
 */
@FunctionalInterface
public interface Recipe<T, R> extends Serializable {
    /** Cooks one item into a dish. */
    R cook(T item) throws Exception;
}
