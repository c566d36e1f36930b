package dev.kitchenlab.engine;

import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.LabResult;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a check made of one lab: its result, or that the project does not have it.
 *
 * @param lab the lab
 * @param className the class that ran, or {@code null} when the project has no class for the lab
 * @param sourceFile where the student writes the lab, when it is known
 * @param result the judged run, or {@code null} when the lab is not in this project and was not asked for
 */
public record LabOutcome(Lab lab, String className, Path sourceFile, LabResult result) {

    /** Whether the project has no class for this lab and it was not asked for, so it counts for nothing. */
    public boolean absent() {
        return result == null;
    }

    /** The source file, if known. */
    public Optional<Path> source() {
        return Optional.ofNullable(sourceFile);
    }
}
