package dev.kitchenlab.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to check: which labs, in which compiled project, with which run options.
 *
 * @param options how to run each lab
 * @param classesDir the project's compiled classes, where lab classes are looked for
 * @param sourceRoots the project's source folders, to name the file of a failing lab
 * @param labSelector the {@code -Dlab} value: ids or names, comma-separated; blank for every lab
 */
public record CheckRequest(RunOptions options, Path classesDir, List<Path> sourceRoots, String labSelector) {

    /** Checks the parts. */
    public CheckRequest {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(classesDir, "classesDir");
        sourceRoots = List.copyOf(sourceRoots);
        labSelector = labSelector == null ? "" : labSelector.trim();
    }

    /** Whether labs were named with {@code -Dlab}, so that a missing one is an error. */
    public boolean labsNamed() {
        return !labSelector.isEmpty();
    }
}
