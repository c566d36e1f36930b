package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.OwnProcess;

import java.io.IOException;
import java.util.Optional;

/**
 * The kitchen's own virtual size and resident set, read from {@code /proc/self/status} where there is one. The
 * observer outside sees the same figures portably but only every 100 ms; this one marks the moment just before
 * {@code main}, so a lab can tell what its cooks added. Elsewhere it is simply absent.
 */
final class OwnMemory {
    private OwnMemory() {
    }

    /** The kitchen's memory now, or empty where the operating system has no {@code /proc}. */
    static Optional<Fact.MemoryBeforeMain> read() {
        try {
            // Bytes scanned by hand, not lines and a regex: this runs in every kitchen before main, still interpreted,
            // where decoding the file and compiling a pattern cost some 20 ms.
            byte[] status = OwnProcess.readOwn("status");
            long vsz = kilobytesAfter(status, "VmSize:");
            long rss = kilobytesAfter(status, "VmRSS:");
            return vsz < 0 || rss < 0 ? Optional.empty() : Optional.of(new Fact.MemoryBeforeMain(vsz * 1024, rss * 1024));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The number on the line that starts with {@code label} ({@code VmRSS:   41236 kB}), or -1 without one. */
    static long kilobytesAfter(byte[] status, String label) {
        for (int line = 0; line < status.length; ) {
            int end = line;
            while (end < status.length && status[end] != '\n') {
                end++;
            }
            if (startsWith(status, line, end, label)) {
                long value = -1;
                for (int i = line + label.length(); i < end; i++) {
                    if (status[i] >= '0' && status[i] <= '9') {
                        value = (value < 0 ? 0 : value * 10) + (status[i] - '0');
                    } else if (value >= 0) {
                        break;
                    }
                }
                return value;
            }
            line = end + 1;
        }
        return -1;
    }

    private static boolean startsWith(byte[] text, int from, int end, String prefix) {
        if (end - from < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[from + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
