package dev.kitchenlab.engine.watch;

import dev.kitchenlab.engine.RunOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to watch and how to check it.
 *
 * @param options how each lab is run; its classpath is also what the labs are compiled against
 * @param projectDir the project's folder, which keeps the progress
 * @param classesDir where the compiled labs go, and where the check looks for them
 * @param sourceRoots the source folders polled for saved files
 * @param release the Java release the project compiles for ({@code maven.compiler.release}); a lab that needs a newer
 *     JDK is compiled for its own
 * @param poll how often the source folders are looked at
 * @param firstLabs the labs to check once at the start ({@code -Dlab}), blank for none
 */
public record WatchRequest(RunOptions options, Path projectDir, Path classesDir, List<Path> sourceRoots, int release,
                           Duration poll, String firstLabs) {

    /** Checks the parts. */
    public WatchRequest {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(classesDir, "classesDir");
        sourceRoots = sourceRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the poll interval must be longer than 0, not " + poll);
        }
        firstLabs = firstLabs == null ? "" : firstLabs.trim();
    }
}
