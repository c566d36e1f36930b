package dev.kitchenlab.events;

/** What a kitchen or a cook reports on the side channel. */
public enum EventType {
    /** A JVM of the lab started: {@code text} is {@code kitchen} or {@code cook}. */
    HELLO,
    /**
     * The kitchen's own memory just before {@code main}, where the operating system tells it cheaply (Linux):
     * {@code text} is {@code vsz <bytes> rss <bytes>}.
     */
    MEMORY,
    /** The lab's {@code main} began on the thread that carries this event. */
    MAIN_START,
    /** The lab's {@code main} returned: {@code text} is {@code ok}, or the outcome and its details. */
    MAIN_END,
    /** A line written to {@code System.out}, by the thread that carries this event. */
    LINE_OUT,
    /** A line written to {@code System.err}, by the thread that carries this event. */
    LINE_ERR,
    /** A thread of the program was first seen alive ({@code text} is {@code daemon} or {@code user}). */
    THREAD_SEEN,
    /** A thread of the program was seen gone. */
    THREAD_GONE,
    /** The kit's pool opened: {@code text} is its kind and size, {@code process 2} or {@code thread 4}. */
    POOL_OPEN,
    /** The kit's pool gave a cook one item: {@code text} names the item. */
    TASK_START,
    /** A cook finished the item in {@code text}. */
    TASK_END,
    /** A cook process of the kit's pool started: {@code text} is its pid. */
    COOK_PROCESS_START,
    /** A cook process of the kit's pool ended: {@code text} is its pid and how it ended. */
    COOK_PROCESS_END,
    /** A cook process died in the middle of a dish: {@code text} says which and what it was cooking. */
    COOK_CRASHED,
    /**
     * More output was written than the side channel keeps ({@link SideChannel#MAX_LINES}): {@code text} is the
     * number of lines dropped so far, {@code 0} when the limit is reached, the total at exit.
     */
    TRUNCATED,
    /** The JVM is shutting down: {@code text} says whether {@code main} had returned. */
    EXIT
}
