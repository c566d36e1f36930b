package dev.kitchenlab.verdict;

import java.util.Objects;

/**
 * The outcome of one expectation of a lab.
 *
 * @param expectation the expectation's name ({@code "about one tick"}); empty until the expectation names it
 * @param verdict how the expectation came out
 * @param message what happened, with the figure measured and the one expected, in kitchen words
 * @param advice what to do next; empty when there is nothing to do, or until the expectation gives its own
 */
public record Finding(String expectation, Verdict verdict, String message, String advice) {

    /** Checks the parts. */
    public Finding {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(advice, "advice");
    }

    /** An expectation that held. */
    public static Finding pass(String message) {
        return new Finding("", Verdict.PASS, message, "");
    }

    /** An expectation that did not hold; the expectation adds its advice. */
    public static Finding fail(String message) {
        return new Finding("", Verdict.FAIL, message, "");
    }

    /** An expectation that did not hold, with advice of its own for this case. */
    public static Finding fail(String message, String advice) {
        return new Finding("", Verdict.FAIL, message, advice);
    }

    /** A figure too noisy to judge. */
    public static Finding inconclusive(String message) {
        return new Finding("", Verdict.INCONCLUSIVE, message,
                "the machine was busy while the lab ran: close other programs and check again");
    }

    /** An outcome with any verdict; the expectation adds its advice. */
    public static Finding of(Verdict verdict, String message) {
        return new Finding("", verdict, message, "");
    }

    /** This finding, as the outcome of the named expectation. */
    public Finding named(String name) {
        return new Finding(name, verdict, message, advice);
    }

    /** This finding with the given advice, unless it already has some or there is nothing to do. */
    public Finding advisedIfNeeded(String fallback) {
        return advice.isEmpty() && verdict != Verdict.PASS ? new Finding(expectation, verdict, message, fallback) : this;
    }
}
