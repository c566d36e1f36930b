package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;

/**
 * Hears how a check goes, lab by lab, so that a front end (the Maven plugin, a JUnit test) can show it as it
 * happens. The engine knows nothing of who listens.
 */
public interface CheckListener {

    /** The check measured the machine and is about to run its labs. */
    default void checkStarted(CheckRequest request, Calibration calibration) {
    }

    /** A lab is about to run. */
    default void labStarted(Lab lab) {
    }

    /** A lab ran (or could not) and was judged. */
    default void labFinished(LabOutcome outcome) {
    }
}
