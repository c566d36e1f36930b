package dev.kitchenlab.engine;

import dev.kitchenlab.events.Durations;

import java.time.Duration;

/**
 * The time a lab run was given: the lab's own limit, and the student's {@code -Dkitchen.timeout} when one was set,
 * so that a verdict the student's own setting caused says so.
 *
 * @param labsOwn the lab's ticks plus the time JVMs take to start
 * @param students the student's {@code -Dkitchen.timeout}, or {@code null}
 */
record TimeLimit(Duration labsOwn, Duration students) {

    /** Whether the student set the limit. */
    boolean setByStudent() {
        return students != null;
    }

    /** Whether the student's limit is shorter than the lab's own, so that it, not the code, may have cut the run. */
    boolean studentsIsShorter() {
        return students != null && students.compareTo(labsOwn) < 0;
    }

    /** The lab's own limit as a student would type it, rounded up to whole seconds: {@code 11s}, not {@code 10200ms}. */
    String labsOwnToType() {
        long millis = labsOwn.toMillis();
        return Durations.format(Duration.ofSeconds((millis + 999) / 1000));
    }

    /** {@code at your -Dkitchen.timeout=3s}, or {@code after 14s (28 ticks)} for the lab's own limit. */
    String stopped(Duration tick) {
        if (setByStudent()) {
            return "at your -Dkitchen.timeout=" + Durations.format(students);
        }
        return String.format("after %s (%.0f ticks)", Durations.format(labsOwn),
                labsOwn.toNanos() / (double) tick.toNanos());
    }
}
