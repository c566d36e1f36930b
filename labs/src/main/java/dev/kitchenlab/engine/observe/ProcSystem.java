package dev.kitchenlab.engine.observe;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The machine-wide figures needed to turn {@code /proc/PID/stat} into milliseconds and bytes, read once from
 * {@code /proc} itself so that the fast path needs neither OSHI nor a native call.
 *
 * @param ticksPerSecond the clock tick ({@code USER_HZ}, {@code getconf CLK_TCK})
 * @param pageSize the page size, in bytes
 * @param bootSeconds when the machine booted, in epoch seconds
 * @param totalMemory the machine's memory, in bytes
 */
record ProcSystem(long ticksPerSecond, long pageSize, long bootSeconds, long totalMemory) {
    private static final int AT_PAGESZ = 6;
    private static final int AT_CLKTCK = 17;

    /** Reads the figures, or gives null when {@code /proc} does not have them all (not Linux, or hidden). */
    static ProcSystem read(ProcFiles files) {
        long hz = auxv(files, AT_CLKTCK);
        long page = auxv(files, AT_PAGESZ);
        long boot = field(files, "/proc/stat", "btime");
        long memoryKib = field(files, "/proc/meminfo", "MemTotal:");
        if (hz <= 0 || page <= 0 || boot <= 0 || memoryKib <= 0) {
            return null;
        }
        return new ProcSystem(hz, page, boot, memoryKib * 1024);
    }

    /** Epoch milliseconds for a start time in ticks after boot, rounded as OSHI rounds it. */
    long epochMillis(long ticksAfterBoot) {
        return (bootSeconds * ticksPerSecond + ticksAfterBoot) * 1000 / ticksPerSecond;
    }

    /** Milliseconds for a CPU time in ticks, rounded down as OSHI does (user and kernel apart). */
    long millis(long ticks) {
        return ticks * 1000 / ticksPerSecond;
    }

    // The kernel hands every process its clock tick and page size in the auxiliary vector, pairs of native words.
    private static long auxv(ProcFiles files, int type) {
        int length = files.read("/proc/self/auxv");
        boolean wide = !"32".equals(System.getProperty("sun.arch.data.model"));
        int word = wide ? 8 : 4;
        ByteBuffer pairs = ByteBuffer.wrap(files.bytes(), 0, Math.max(0, length)).order(ByteOrder.nativeOrder());
        while (pairs.remaining() >= 2 * word) {
            long key = wide ? pairs.getLong() : pairs.getInt();
            long value = wide ? pairs.getLong() : Integer.toUnsignedLong(pairs.getInt());
            if (key == type) {
                return value;
            }
            if (key == 0) {
                break;
            }
        }
        return -1;
    }

    /** The first number after {@code name} at the start of a line, or -1. */
    private static long field(ProcFiles files, String path, String name) {
        int length = files.read(path);
        if (length < 0) {
            return -1;
        }
        String text = new String(files.bytes(), 0, length, StandardCharsets.US_ASCII);
        for (String line : text.split("\n")) {
            if (line.startsWith(name)) {
                String rest = line.substring(name.length()).trim();
                int end = 0;
                while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
                    end++;
                }
                return end == 0 ? -1 : Long.parseLong(rest.substring(0, end));
            }
        }
        return -1;
    }
}
