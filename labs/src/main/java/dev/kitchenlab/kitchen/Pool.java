package dev.kitchenlab.kitchen;

import java.util.List;

/**
 * Cooks that share the work of a list, as the talk's {@code Pool} and {@code ThreadPool}: close it (or use
 * try-with-resources, Python's {@code with}) and it waits for its cooks.
 */
public interface Pool extends AutoCloseable {

    /** How many cooks work at once. */
    int size();

    /**
     * Cooks every item, spread over the cooks, and returns when all are done, as {@code pool.map(say_hello, NAMES)}.
     *
     * @throws CookFailedException after the other items are done, if a chore threw or its cook died
     */
    default <T> void map(Chore<? super T> chore, List<? extends T> items) {
        mapResults((Recipe<T, Object>) item -> {
            chore.cook(item);
            return null;
        }, items);
    }

    /**
     * Cooks every item and gives back the dishes in the order of the items, whichever cook finished first.
     *
     * @throws CookFailedException after the other items are done, if a recipe threw or its cook died
     */
    <T, R> List<R> mapResults(Recipe<? super T, ? extends R> recipe, List<? extends T> items);

    /** Waits for the cooks to finish what they were given, then sends them home. */
    @Override
    void close();
}
