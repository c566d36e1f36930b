package dev.kitchenlab.engine.watch;

import java.nio.file.Path;

/**
 * One compile error, where the compiler found it.
 *
 * @param file the source file, or {@code null} when the error is not in one (a bad option)
 * @param line its line, from 1; 0 when unknown
 * @param column its column, from 1; 0 when unknown
 * @param message what the compiler said
 */
public record CompileProblem(Path file, long line, long column, String message) {
}
