package dev.kitchenlab.engine.progress;

import dev.kitchenlab.verdict.Verdict;

/**
 * What the kit remembers of one lab.
 *
 * @param last the verdict of its last check
 * @param passedOnce whether any check of it passed, even if a later one did not: what unlocks its reference
 *                   solution in the hint ladder
 */
public record LabRecord(Verdict last, boolean passedOnce) {

    /** Whether the lab is done: its last check passed. */
    public boolean done() {
        return last == Verdict.PASS;
    }
}
