package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;

import java.time.Duration;

/**
 * The kitchen's unit of time: the talk's {@code sleep(10)} is one tick.
 *
 * <p>Run by hand, a tick is the talk's 10 seconds. Under {@code mvn kitchen:check} it is shorter, so a
 * check stays quick; expectations are written in ticks, so the lesson is the same at any scale.
 */
public final class Tick {
    /** The talk's tick: {@code time.sleep(10)}. */
    public static final Duration TALK = Duration.ofSeconds(10);

    // Read from the environment on first use; two threads that both read it find the same value.
    private static volatile Duration tick;

    private Tick() {
    }

    /** The length of one tick in this kitchen. */
    public static Duration duration() {
        Duration current = tick;
        if (current == null) {
            current = KitchenEnvironment.tick().orElse(TALK);
            tick = current;
        }
        return current;
    }

    /** Sleeps one tick, as the talk's {@code time.sleep(10)}. */
    public static void sleep() {
        sleep(1);
    }

    /**
     * Sleeps a number of ticks. An interrupted sleep ends early and leaves the thread's interrupt flag set,
     * so the caller can still see it.
     */
    public static void sleep(double ticks) {
        long nanos = Math.round(duration().toNanos() * ticks);
        long fellAsleep = Event.now();
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // When each cook slept, on the one clock of the run: whether cooks worked at the same time is judged from it.
        SideChannel.current().emit(new Fact.Slept(fellAsleep, nanos));
    }
}
