package dev.kitchenlab.harness;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OwnMemoryTest {
    private static final byte[] STATUS = String.join("\n", "Name:\tjava", "VmPeak:\t 3000000 kB",
            "VmSize:\t 2781234 kB", "VmRSSX:\t 1 kB", "VmRSS:\t   41236 kB", "Threads:\t23", "").getBytes(
            StandardCharsets.US_ASCII);

    @Test
    void theFiguresAreTheNumbersOnTheirOwnLines() {
        assertThat(OwnMemory.kilobytesAfter(STATUS, "VmSize:")).isEqualTo(2_781_234);
        assertThat(OwnMemory.kilobytesAfter(STATUS, "VmRSS:")).isEqualTo(41_236);
        assertThat(OwnMemory.kilobytesAfter(STATUS, "VmSwap:")).isEqualTo(-1);
        assertThat(OwnMemory.kilobytesAfter("VmRSS:\t kB".getBytes(StandardCharsets.US_ASCII), "VmRSS:")).isEqualTo(-1);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisJvmsMemoryIsReadAsTheProcessTableHasIt() {
        var memory = OwnMemory.read().orElseThrow();
        long rssKib = memory.rss() / 1024;
        // Read again through /proc's own status file: the resident set moves a little between the two reads.
        long statusKib = java.util.Arrays.stream(new String(readStatus(), StandardCharsets.US_ASCII).split("\n"))
                .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                .findFirst().orElseThrow();
        assertThat(rssKib).isBetween(statusKib / 2, statusKib * 2);
        assertThat(memory.vsz()).isGreaterThan(memory.rss());
    }

    private static byte[] readStatus() {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/status"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
