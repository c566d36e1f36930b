package dev.kitchenlab.engine.watch;

import dev.kitchenlab.engine.CheckListener;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.progress.ProgressSummary;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Hears what a watch does, for a front end to show: besides each check (as a {@link CheckListener}), what it polls,
 * what it compiled and what did not compile.
 */
public interface WatchListener extends CheckListener {

    /** Before it began, the watch compiled this many units whose classes were older than their sources. */
    default void caughtUp(int units, Duration took) {
    }

    /** The watch began: it polls these folders this often; the project stands at {@code progress}. */
    default void watching(List<Path> sourceRoots, Duration poll, ProgressSummary progress) {
    }

    /** A saved unit compiled, in {@code took}. */
    default void compiled(CompileUnit unit, Duration took) {
    }

    /** A unit did not compile: its lab is not checked until it is saved again. */
    default void notCompiled(CompileUnit unit, List<CompileProblem> problems) {
    }

    /** A check ended; the project now stands at {@code progress}. */
    default void checked(CheckReport report, ProgressSummary progress) {
    }

    /** The watch is waiting for the next save. */
    default void waiting() {
    }
}
