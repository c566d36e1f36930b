package dev.kitchenlab.evidence;

/**
 * A thread the lab's program started, as the kitchen's harness saw it.
 *
 * @param pid the process it lived in
 * @param id its Java thread id
 * @param name its name
 * @param firstSeenNanos when it was first seen alive, in epoch nanoseconds
 * @param lastSeenNanos when it was seen gone, or {@link Long#MAX_VALUE} if it lived to the end
 * @param linesWritten how many output lines it wrote
 */
public record CookThread(long pid, long id, String name, long firstSeenNanos, long lastSeenNanos, int linesWritten) {
}
