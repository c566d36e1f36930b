package dev.kitchenlab.kitchen;

/**
 * Thrown by {@link Todo#todo(String)}: the step of the lab it stands in has not been written yet.
 * The kit reports the lab as not started, naming the step.
 */
public final class LabNotStartedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A step not written yet, described for the student. */
    public LabNotStartedException(String step) {
        super(step);
    }
}
