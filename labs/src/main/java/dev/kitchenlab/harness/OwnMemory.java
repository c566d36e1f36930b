package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kitchen's own virtual size and resident set, read from {@code /proc/self/status} where there is one. The
 * observer outside sees the same figures portably but only every 100 ms; this one marks the moment just before
 * {@code main}, so a lab can tell what its cooks added. Elsewhere it is simply absent.
 */
final class OwnMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private OwnMemory() {
    }

    /** The kitchen's memory now, or empty where the operating system has no {@code /proc}. */
    static Optional<Fact.MemoryBeforeMain> read() {
        if (!Files.isReadable(STATUS)) {
            return Optional.empty();
        }
        try {
            long vsz = -1;
            long rss = -1;
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmSize:")) {
                    vsz = kilobytes(line) * 1024;
                } else if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line) * 1024;
                }
            }
            return vsz < 0 || rss < 0 ? Optional.empty() : Optional.of(new Fact.MemoryBeforeMain(vsz, rss));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
