package dev.kitchenlab.verdict;

import java.util.Objects;

/**
 * The outcome of one expectation of a lab.
 *
 * @param verdict how the expectation came out
 * @param message what happened, with the figure measured and the one expected, in kitchen words
 * @param advice what to do next; empty when there is nothing to do
 */
public record Finding(Verdict verdict, String message, String advice) {

    /** Checks the parts. */
    public Finding {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(advice, "advice");
    }

    /** An expectation that held. */
    public static Finding pass(String message) {
        return new Finding(Verdict.PASS, message, "");
    }

    /** An expectation that did not hold. */
    public static Finding fail(String message, String advice) {
        return new Finding(Verdict.FAIL, message, advice);
    }

    /** A figure too noisy to judge. */
    public static Finding inconclusive(String message) {
        return new Finding(Verdict.INCONCLUSIVE, message,
                "the machine was busy while the lab ran: close other programs and check again");
    }
}
