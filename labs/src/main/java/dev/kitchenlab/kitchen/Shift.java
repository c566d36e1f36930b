package dev.kitchenlab.kitchen;

import java.time.Duration;

/**
 * A shift in the kitchen (lab 12): so many cooks cook, one dish after another, until the shift is over; the kit counts
 * every cook's dishes by itself. {@link #cook()} cooks one dish of the kit's work, a few microseconds long; {@link
 * #isOpen()} says whether the shift still runs. The shift begins when its first cook comes to the stove, and that
 * cook waits a moment for the others, so they all start together.
 */
public final class Shift {
    /**
     * Steps of the kit's work per dish: a dish of some microseconds, long enough that a cook holding the stove for a
     * batch of them keeps the others waiting.
     */
    static final int WORK = 2_000;

    private final Order order;
    private final long lengthNanos;

    /** A shift of {@code cooks} cooks, {@code length} long, as a lab's {@code main} makes one by hand. */
    public Shift(int cooks, Duration length) {
        this(cooks, length, null);
    }

    /** A shift whose cooks the kit follows. */
    public Shift(int cooks, Duration length, Order.Watcher watcher) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a shift lasts a while, not " + length);
        }
        this.order = new Order(cooks, Integer.MAX_VALUE, WORK, true, watcher);
        this.lengthNanos = length.toNanos();
    }

    /** How many cooks work the shift: start this many threads. */
    public int cooks() {
        return order.cooks();
    }

    /** Whether the shift still runs: cook while it does. */
    public boolean isOpen() {
        order.arrive();
        return System.nanoTime() - order.firstArrivalNanos() < lengthNanos;
    }

    /** Cooks one dish on the calling thread, the kit's work. */
    public void cook() {
        order.cook();
    }

    /** The dishes cooked so far, all cooks together, by the kit's own count: for a {@code main} to print. */
    public long dishes() {
        return order.dishesSoFar();
    }

    /** The dishes {@code cook} has cooked in this shift so far, by the kit's own count. */
    public long dishesOf(Thread cook) {
        return order.dishesOf(cook);
    }
}
