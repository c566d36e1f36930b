package dev.kitchenlab.kitchen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A recipe threw, or a cook process died, while cooking an item; {@link Pool#map} throws it after the other
 * items are done, so one burnt dish doesn't hide the rest. It carries the whole meal: {@link #dishes()} holds what
 * the other cooks served, {@link #lost()} the items whose dish was lost, so a kitchen can serve the rest and say
 * what is missing.
 */
public final class CookFailedException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    // Unmodifiable copies, nulls kept where a dish was lost.
    private final List<Object> dishes;
    private final List<Object> lost;

    /** What went wrong, and the item it went wrong with; no dishes are known. */
    public CookFailedException(String message, Throwable cause) {
        this(message, cause, List.of(), List.of());
    }

    /** What went wrong, with every item's dish ({@code null} where lost) and the items lost. */
    CookFailedException(String message, Throwable cause, List<?> dishes, List<?> lost) {
        super(message, cause);
        this.dishes = Collections.unmodifiableList(Arrays.asList(dishes.toArray()));
        this.lost = Collections.unmodifiableList(new ArrayList<>(lost));
    }

    /**
     * The dishes of the {@code map}, in the order of its items, {@code null} where an item's dish was lost: what the
     * other cooks served.
     */
    @SuppressWarnings("unchecked")
    public <R> List<R> dishes() {
        return (List<R>) dishes;
    }

    /** The items whose dish was lost, in the order of the items; the message says why each was lost. */
    @SuppressWarnings("unchecked")
    public <T> List<T> lost() {
        return (List<T>) lost;
    }
}
