package dev.kitchenlab.evidence;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;

/**
 * A line the lab printed, attributed as well as the kit can: to the thread and process that wrote it when one of
 * the kit's taps saw it written, else to the process that must have written it, else to "a process under the
 * kitchen".
 *
 * @param stream stdout or stderr
 * @param text the line, without its line break
 * @param epochNanos when it was written (or, for a line no tap saw, read)
 * @param pid the process that wrote it, or {@link #UNKNOWN}: a process under the kitchen the kit cannot name
 * @param threadId the Java thread that wrote it, or {@link #UNKNOWN}
 * @param threadName that thread's name, or empty
 * @param complete whether it ended in a line break
 */
public record PrintedLine(Fact.Stream stream, String text, long epochNanos, long pid, long threadId,
                          String threadName, boolean complete) {
    /** A process or thread the kit cannot name. */
    public static final long UNKNOWN = -1;

    /** The line a tap reported. */
    static PrintedLine of(Event<Fact.OutputLine> event) {
        return new PrintedLine(event.fact().stream(), event.fact().text(), event.epochNanos(), event.pid(),
                event.threadId(), event.threadName(), event.fact().complete());
    }

    /** Whether the same thread of the same process wrote it as the event happened on. */
    public boolean sameThreadAs(Event<?> event) {
        return pid == event.pid() && threadId == event.threadId() && threadId != UNKNOWN;
    }

    /** Whether a tap saw the thread that wrote it. */
    public boolean writerKnown() {
        return threadId != UNKNOWN;
    }

    /** {@code "Hello, Kai"}, as a message quotes a line. */
    public String quoted() {
        return "\"" + text + "\"";
    }
}
