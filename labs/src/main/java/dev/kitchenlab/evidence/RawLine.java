package dev.kitchenlab.evidence;

import dev.kitchenlab.events.Fact;

/**
 * A line as it reached the inspector on the kitchen's stdout or stderr, whoever wrote it: the kitchen, a cook the
 * kitchen relayed, or a child process that inherited the kitchen's output and wrote to it directly.
 *
 * @param stream stdout or stderr
 * @param text the line, without its line break
 * @param epochNanos when the inspector read it
 */
public record RawLine(Fact.Stream stream, String text, long epochNanos) {
}
