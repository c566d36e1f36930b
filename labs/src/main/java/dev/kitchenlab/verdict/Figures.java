package dev.kitchenlab.verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures a verdict was judged on, shown on its line: time, CPU, memory, threads, processes.
 * Absent figures are {@code -1} (or {@code null} for durations) and are not shown.
 *
 * @param wallTime the time the lab's work took, from {@code main}'s start to its last observed step
 * @param ticks that time in ticks
 * @param cpuTime the CPU time of the kitchen and all its cooks together
 * @param peakKitchenRss the kitchen process's largest resident set, in bytes
 * @param peakCooksRss the cook processes' largest resident set together, in bytes
 * @param peakThreads the kitchen's largest thread count as the operating system saw it ({@code ps -T})
 * @param cookThreads the threads the program started itself
 * @param cookProcesses the processes the kitchen started
 * @param notes further figures particular to the lab, each already worded ({@code "vsz +4 MB"})
 */
public record Figures(Duration wallTime, double ticks, Duration cpuTime, long peakKitchenRss, long peakCooksRss,
                      int peakThreads, int cookThreads, int cookProcesses, List<String> notes) {

    /** No figures at all (the lab did not run). */
    public static final Figures NONE = new Figures(null, -1, null, -1, -1, -1, -1, -1, List.of());

    /** Keeps the notes immutable. */
    public Figures {
        notes = List.copyOf(notes);
    }

    /** These figures with one more note. */
    public Figures withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Figures(wallTime, ticks, cpuTime, peakKitchenRss, peakCooksRss, peakThreads, cookThreads,
                cookProcesses, more);
    }

    /** The figures as the console shows them, separated by {@code ·}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (wallTime != null) {
            parts.add(ticks >= 0 ? String.format("%.1f s (%.2f ticks)", seconds(wallTime), ticks)
                    : String.format("%.1f s", seconds(wallTime)));
        }
        if (cpuTime != null) {
            parts.add(String.format("cpu %.1f s", seconds(cpuTime)));
        }
        if (peakKitchenRss >= 0) {
            parts.add("rss " + megabytes(peakKitchenRss));
        }
        if (peakCooksRss > 0) {
            parts.add("cooks rss " + megabytes(peakCooksRss));
        }
        if (peakThreads >= 0) {
            parts.add(peakThreads + " threads");
        }
        if (cookThreads >= 0) {
            parts.add(cookThreads + (cookThreads == 1 ? " cook thread" : " cook threads"));
        }
        if (cookProcesses >= 0) {
            parts.add(cookProcesses + (cookProcesses == 1 ? " cook process" : " cook processes"));
        }
        parts.addAll(notes);
        return String.join(" · ", parts);
    }

    /** A byte count in megabytes, as {@code ps} users read it. */
    public static String megabytes(long bytes) {
        return String.format("%d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
