package dev.kitchenlab.kitchen;

/**
 * A recipe threw, or a cook process died, while cooking an item; {@link Pool#map} throws it after the other
 * items are done, so one burnt dish doesn't hide the rest.
 */
public final class CookFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, and the item it went wrong with. */
    public CookFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
