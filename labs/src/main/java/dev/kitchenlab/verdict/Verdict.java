package dev.kitchenlab.verdict;

/**
 * How a lab run ended, best first: a lab with several expectations reports the worst of them.
 */
public enum Verdict {
    /** Every expectation held. */
    PASS,
    /** The lab cannot run here (for example the JDK is too old); the message says why. */
    SKIPPED,
    /** The machine was too noisy to judge a figure: run again; never a silent pass or fail. */
    INCONCLUSIVE,
    /** An expectation did not hold: the message names it, the figure measured and the one expected. */
    FAIL,
    /** The kitchen was still cooking when its time was up; every process of it was stopped. */
    TIMEOUT,
    /** The kitchen or a cook died: an uncaught exception in {@code main}, {@code System.exit}, a killed JVM. */
    CRASH,
    /** The kit or the environment broke, not the student's code. */
    ERROR;

    /** The worse of the two. */
    public Verdict combine(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Whether this verdict fails a check (INCONCLUSIVE and SKIPPED only warn). */
    public boolean failsTheCheck() {
        return ordinal() >= FAIL.ordinal();
    }

    /** The symbol shown before the lab on the console. */
    public String symbol() {
        return switch (this) {
            case PASS -> "✔";
            case SKIPPED -> "–";
            case INCONCLUSIVE -> "?";
            default -> "✘";
        };
    }
}
