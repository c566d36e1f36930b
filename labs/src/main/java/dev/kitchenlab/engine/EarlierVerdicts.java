package dev.kitchenlab.engine;

import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.LabResult;

import java.util.Optional;

/**
 * Verdicts a check may take instead of running a lab again: a grading goal bound to {@code verify} takes those the
 * lab's JUnit test gave earlier in the same build, so that each lab runs once per build.
 */
@FunctionalInterface
public interface EarlierVerdicts {
    /** No earlier verdicts: every lab runs. */
    EarlierVerdicts NONE = lab -> Optional.empty();

    /** The verdict this lab already has, if it may stand. */
    Optional<LabResult> of(Lab lab);
}
