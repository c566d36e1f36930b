package dev.kitchenlab.engine.reset;

import java.util.List;

/**
 * What a reset did, and the lines that tell the student.
 *
 * @param kind what happened
 * @param lines what to show, first line first
 */
public record ResetOutcome(Kind kind, List<String> lines) {

    /** What a reset can end in. */
    public enum Kind {
        /** The skeleton is back; the student's files were kept first (if there were any). */
        RESTORED,
        /** The lab's file already was the skeleton: nothing changed. */
        ALREADY_SKELETON,
        /** The kit would not touch the project (the target is unclear, or a copy could not be kept): nothing changed. */
        REFUSED,
        /** The kit carries no skeleton for the lab: the kit is at fault, and nothing changed. */
        KIT_INCOMPLETE
    }

    /** Keeps the list immutable. */
    public ResetOutcome {
        lines = List.copyOf(lines);
    }

    static ResetOutcome of(Kind kind, String... lines) {
        return new ResetOutcome(kind, List.of(lines));
    }
}
