package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;

import java.nio.file.Path;

/**
 * Hears how a check goes, lab by lab, so that a front end (the Maven plugin, a JUnit test) can show it as it
 * happens. The engine knows nothing of who listens.
 */
public interface CheckListener {

    /** The check measured the machine and is about to run its labs. */
    default void checkStarted(CheckRequest request, Calibration calibration) {
    }

    /**
     * Something the student should know before the labs run, worded for the console: a tick too short for this
     * machine to judge timing, with the shortest that works here.
     */
    default void warning(String text) {
    }

    /** A lab is about to run. */
    default void labStarted(Lab lab) {
    }

    /**
     * A lab that came back INCONCLUSIVE is about to run again on its own: run {@code rerun} of at most
     * {@code reruns}. Without it a front end would show nothing for the whole of the reruns.
     */
    default void labRerun(Lab lab, int rerun, int reruns) {
    }

    /** A lab ran (or could not) and was judged. */
    default void labFinished(LabOutcome outcome) {
    }

    /** The check redrew its HTML page, {@code page}, from the newest run of every lab: a front end names it. */
    default void pageWritten(Path page) {
    }
}
