package dev.kitchenlab.events;

import java.time.Instant;

/**
 * One fact a kitchen or cook JVM reported about itself on the side channel.
 *
 * <p>Instants are wall-clock time, since {@code System.nanoTime()} has a different origin in every JVM and
 * events from the kitchen and its cooks must be put on one timeline.
 *
 * @param type what happened
 * @param epochNanos when, in nanoseconds since the epoch
 * @param pid the process that reported it
 * @param threadId the Java thread it happened on
 * @param threadName that thread's name at the time
 * @param text the details (a line of output, an outcome), never {@code null}
 */
public record Event(EventType type, long epochNanos, long pid, long threadId, String threadName, String text) {

    /** The instant of this event. */
    public Instant instant() {
        return Instant.ofEpochSecond(0, epochNanos);
    }

    /** Nanoseconds since the epoch, for an instant. */
    public static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
