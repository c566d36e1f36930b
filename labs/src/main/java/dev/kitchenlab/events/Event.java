package dev.kitchenlab.events;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A fact, with where and when it happened: the envelope every side-channel report travels in.
 *
 * <p>Instants are wall-clock time, since {@code System.nanoTime()} has a different origin in every JVM and
 * events from the kitchen and its cooks must be put on one timeline.
 *
 * @param epochNanos when, in nanoseconds since the epoch
 * @param pid the process that reported it
 * @param threadId the Java thread it happened on
 * @param threadName that thread's name at the time
 * @param fact what happened
 * @param <F> the kind of fact
 */
public record Event<F extends Fact>(long epochNanos, long pid, long threadId, String threadName, F fact) {

    /** Checks the parts. */
    public Event {
        Objects.requireNonNull(threadName, "threadName");
        Objects.requireNonNull(fact, "fact");
    }

    /** This event, if its fact is of the given kind. */
    @SuppressWarnings("unchecked")
    public <G extends Fact> Optional<Event<G>> as(Class<G> kind) {
        return kind.isInstance(fact) ? Optional.of((Event<G>) this) : Optional.empty();
    }

    /** Whether it happened on the same thread of the same process as {@code other}. */
    public boolean sameThreadAs(Event<?> other) {
        return pid == other.pid && threadId == other.threadId;
    }

    /** Now, in nanoseconds since the epoch: the one clock every JVM of a run shares. */
    public static long now() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
