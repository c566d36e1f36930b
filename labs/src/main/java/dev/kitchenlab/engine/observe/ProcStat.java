package dev.kitchenlab.engine.observe;

/**
 * The figures the observer takes from one {@code /proc/PID/stat} line, in the kernel's units.
 *
 * @param state the state letter ({@code R}, {@code S}, {@code D}, {@code Z}, {@code T}, …)
 * @param ppid the parent's pid
 * @param userTicks CPU time in user mode, in clock ticks
 * @param systemTicks CPU time in kernel mode, in clock ticks
 * @param threads threads in the process
 * @param startTicks when it started, in clock ticks after boot
 * @param vsize its virtual size, in bytes
 * @param rssPages its resident set, in pages, as the kernel counts it here: on kernels from 6.2 on, a per-CPU estimate
 *                 that may lag {@code VmRSS} by a few hundred kilobytes
 * @param exitSignal the signal its parent gets when it ends: -1 for a thread, which is no process of its own
 */
record ProcStat(char state, long ppid, long userTicks, long systemTicks, int threads, long startTicks, long vsize,
                long rssPages, int exitSignal) {
    // Field numbers as proc(5) counts them, from 1.
    private static final int STATE = 3;
    private static final int PPID = 4;
    private static final int UTIME = 14;
    private static final int STIME = 15;
    private static final int NUM_THREADS = 20;
    private static final int STARTTIME = 22;
    private static final int VSIZE = 23;
    private static final int RSS = 24;
    private static final int EXIT_SIGNAL = 38;

    /**
     * Reads the line in {@code bytes[0, length)}, or gives null when it is cut short.
     *
     * <p>The command name (field 2) may hold spaces and parentheses, so fields are counted from the last
     * {@code ')'}; the rest are single-space separated numbers, read in place so that a sample makes no strings.
     */
    static ProcStat parse(byte[] bytes, int length) {
        int close = length - 1;
        while (close >= 0 && bytes[close] != ')') {
            close--;
        }
        if (close < 0 || close + 2 >= length) {
            return null;
        }
        char state = (char) bytes[close + 2];
        long[] values = new long[EXIT_SIGNAL + 1];
        int field = STATE;
        int at = close + 3;
        while (field < EXIT_SIGNAL && at < length) {
            if (bytes[at] != ' ') {
                break;
            }
            at++;
            field++;
            boolean negative = at < length && bytes[at] == '-';
            if (negative) {
                at++;
            }
            long value = 0;
            int digits = 0;
            while (at < length && bytes[at] >= '0' && bytes[at] <= '9') {
                value = value * 10 + (bytes[at++] - '0');
                digits++;
            }
            if (digits == 0) {
                return null;
            }
            values[field] = negative ? -value : value;
        }
        if (field < RSS) {
            return null;
        }
        // A line without it (no kernel since 2.1.22) tells no thread apart: take each for a process.
        int exitSignal = field < EXIT_SIGNAL ? 0 : (int) values[EXIT_SIGNAL];
        return new ProcStat(state, values[PPID], values[UTIME], values[STIME], (int) values[NUM_THREADS],
                values[STARTTIME], values[VSIZE], values[RSS], exitSignal);
    }
}
