package dev.kitchenlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peak resident set of the JVM under a process, as the kernel keeps it ({@code VmHWM} in /proc/PID/status):
 * read every 10 ms while it runs, the last reading before it exits being within a few pages of its true peak.
 */
final class PeakRss {
    private final Thread reader;
    private volatile boolean stopped;
    private volatile long kib;

    private PeakRss(ProcessHandle parent) {
        reader = new Thread(() -> {
            while (!stopped && parent.isAlive()) {
                parent.descendants().forEach(child -> kib = Math.max(kib, highWater(child.pid())));
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "benchmark-peak-rss");
        reader.setDaemon(true);
    }

    static PeakRss watch(ProcessHandle parent) {
        PeakRss peak = new PeakRss(parent);
        peak.reader.start();
        return peak;
    }

    void stop() throws InterruptedException {
        stopped = true;
        reader.join();
    }

    long kib() {
        return kib;
    }

    private static long highWater(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // Exited between the listing and the read.
        }
        return 0;
    }
}
