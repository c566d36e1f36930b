package dev.kitchenlab.judging;

/**
 * Decides a timing claim between the right answer and the nearest wrong one, both in ticks, allowing for how
 * late the machine ran while the lab ran (the slack). A figure in the band between the two is INCONCLUSIVE, and so
 * is every figure when the slack alone would blur the difference.
 *
 * @param expectedTicks what a right solution takes
 * @param nearestWrongTicks what the closest wrong solution takes (one more round of cooks)
 * @param slackTicks the delay the machine alone may have added, measured in the same run
 */
public record TimingRule(double expectedTicks, double nearestWrongTicks, double slackTicks) {

    /** How a measured time came out. */
    public enum Outcome { RIGHT, WRONG, TOO_CLOSE_TO_CALL, TOO_NOISY }

    /** A measured figure, judged. */
    public Outcome judge(double measuredTicks) {
        double gap = nearestWrongTicks - expectedTicks;
        if (slackTicks >= gap / 2) {
            return Outcome.TOO_NOISY;
        }
        if (measuredTicks <= passLine()) {
            return Outcome.RIGHT;
        }
        return measuredTicks >= failLine() ? Outcome.WRONG : Outcome.TOO_CLOSE_TO_CALL;
    }

    /** The most a right solution may take: a quarter of the gap to the wrong answer, plus the slack. */
    public double passLine() {
        return expectedTicks + (nearestWrongTicks - expectedTicks) / 4 + slackTicks;
    }

    /** The least a wrong solution takes, as judged: half the gap to the wrong answer, plus the slack. */
    double failLine() {
        return expectedTicks + (nearestWrongTicks - expectedTicks) / 2 + slackTicks;
    }
}
