package dev.kitchenlab.kitchen;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one pan of an order (lab 11): whoever holds it may cook a dish of the order, and a cook hands it to another with
 * {@link #handTo}. The holder is whatever stands for a cook in the program (an object of the student's own {@code
 * Cook} class, say); the pan only remembers who holds it.
 *
 * <p>The kit counts what happens on the pan, by its own clock: how often it changed hands, the most hand-overs before
 * any one dish was cooked, the longest wait between two dishes, and whether two cooks ever cooked on it at once.
 * Cooks that keep handing the pan to each other and never cook are livelocked; the kit sees the hand-overs climb while
 * no dish is done.
 */
public final class Pan {
    private final Order order;
    private final AtomicLong handOvers = new AtomicLong();
    private final AtomicInteger onThePan = new AtomicInteger();
    private final AtomicLong dishes = new AtomicLong();
    private volatile Object holder;
    // Written by the cook that just cooked, which holds the pan in a program that uses it as meant; read after the
    // round by the kit, or by its watchdog while a round runs, where a figure a moment old does no harm.
    private volatile long lastDishNanos;
    private volatile long handOversAtLastDish;
    private volatile long mostHandOversForADish;
    private volatile long longestWaitNanos;
    private volatile long handOversInLongestWait;
    private volatile int dishesAtOnce;

    /**
     * The pan of {@code order}, first in {@code firstHolder}'s hands. An order has one pan: making a second throws.
     */
    public Pan(Order order, Object firstHolder) {
        if (firstHolder == null) {
            throw new IllegalArgumentException("the pan starts in a cook's hands: give new Pan(order, cook) a cook");
        }
        this.order = order;
        this.holder = firstHolder;
        this.lastDishNanos = System.nanoTime();
        order.usePan(this);
    }

    /** Whether {@code cook} holds the pan now. */
    public boolean isHeldBy(Object cook) {
        order.arrive();
        return holder == cook;
    }

    /** Who holds the pan now. */
    public Object holder() {
        order.arrive();
        return holder;
    }

    /** Gives the pan to {@code cook}: from now on it holds the pan. Each call counts as one hand-over. */
    public void handTo(Object cook) {
        if (cook == null) {
            throw new IllegalArgumentException("hand the pan to a cook, not to null");
        }
        order.arrive();
        handOvers.incrementAndGet();
        holder = cook;
    }

    /** How many times the pan changed hands so far. */
    public long handOvers() {
        return handOvers.get();
    }

    /** How many dishes were cooked on the pan so far. */
    public long dishes() {
        return dishes.get();
    }

    /** The most hand-overs between one dish and the next (or before the first). */
    public long mostHandOversForADish() {
        return mostHandOversForADish;
    }

    /** The longest time between one dish and the next (or from the pan's making to the first), in nanoseconds. */
    public long longestWaitNanos() {
        return longestWaitNanos;
    }

    /** The hand-overs during that longest wait. */
    public long handOversInLongestWait() {
        return handOversInLongestWait;
    }

    /** The most dishes cooked on the pan at one moment: more than 1 when cooks cooked without waiting for it. */
    public int dishesAtOnce() {
        return dishesAtOnce;
    }

    /** The hand-overs since the last dish: the figure that climbs while cooks are livelocked. */
    long handOversSinceLastDish() {
        return handOvers.get() - handOversAtLastDish;
    }

    /** A dish begins on the pan. */
    void dishBegins() {
        int now = onThePan.incrementAndGet();
        if (now > dishesAtOnce) {
            dishesAtOnce = now;
        }
    }

    /** The dish that began ends. */
    void dishEnds() {
        long now = System.nanoTime();
        long handed = handOvers.get();
        long waited = now - lastDishNanos;
        long forThisDish = handed - handOversAtLastDish;
        if (forThisDish > mostHandOversForADish) {
            mostHandOversForADish = forThisDish;
        }
        if (waited > longestWaitNanos) {
            longestWaitNanos = waited;
            handOversInLongestWait = forThisDish;
        }
        lastDishNanos = now;
        handOversAtLastDish = handed;
        dishes.incrementAndGet();
        onThePan.decrementAndGet();
    }
}
