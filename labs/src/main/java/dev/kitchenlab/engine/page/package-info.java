/**
 * The check's one HTML page ({@code target/kitchen/index.html}): each lab's newest run read back from its folder
 * (events, samples, result, output) and drawn as a timeline of its cooks, a {@code ps}-style table, memory bars and
 * its verdict, with nothing on it that the run's files do not hold.
 *
 * <p>Runs in the inspector's JVM (Maven's, or the JUnit test's), after each check.
 */
package dev.kitchenlab.engine.page;
