package dev.kitchenlab.engine.progress;

import dev.kitchenlab.lab.Lab;

import java.util.Optional;

/**
 * The tally a check ends with.
 *
 * @param done the labs of this project whose last check passed
 * @param runnable the labs of this project that can run here (a lab the JDK is too old for is not counted)
 * @param next the first of those, in the talk's order, that is not done; empty when every one is
 * @param notSaved why the tally could not be kept in {@code .kitchen/} (and what to do), or empty when it was
 */
public record ProgressSummary(int done, int runnable, Optional<Lab> next, String notSaved) {

    /** {@code 3 of 14 labs done}. */
    public String tally() {
        return done + " of " + runnable + " labs done";
    }

    /** {@code next: lab 04 quiz (mvn kitchen:check -Dlab=04)}, or that every lab is done. */
    public String nextStep() {
        return next.map(lab -> "next: lab " + lab.label() + " (mvn kitchen:check -Dlab=" + lab.id() + ")")
                .orElse(runnable > 0 ? "every lab is done" : "no lab of this project can run on this JDK");
    }
}
