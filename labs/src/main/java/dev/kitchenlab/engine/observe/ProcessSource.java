package dev.kitchenlab.engine.observe;

import java.util.List;

/**
 * Where the observer reads the process table: {@code /proc} directly on Linux, OSHI elsewhere. One per observer,
 * called only from its sampling, so an implementation may keep buffers between calls.
 */
interface ProcessSource {

    /** The root's pid first, then every descendant alive now, children and grandchildren. */
    List<Long> tree(long rootPid);

    /**
     * Reads one process, or gives null when it has gone.
     *
     * @param pid the process
     * @param identity whether to read its user and command line too (a lookup each; the observer keeps the first)
     * @param openFiles whether to count its open files
     */
    ProcessReading read(long pid, boolean identity, boolean openFiles);

    /** The machine's memory, in bytes. */
    long totalMemory();
}
