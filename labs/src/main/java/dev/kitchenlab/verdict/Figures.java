package dev.kitchenlab.verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The figures a verdict was judged on, shown on its line: time, CPU, memory, threads, processes, and notes
 * particular to the lab. A figure that was not measured is absent, and is not shown. Made with {@link #builder()}.
 */
public final class Figures {
    /** No figures at all (the lab did not run). */
    public static final Figures NONE = builder().build();

    private final Duration wallTime;
    private final Double ticks;
    private final Duration cpuTime;
    private final Long peakKitchenRss;
    private final Long peakCooksRss;
    private final Integer peakThreads;
    private final Integer cookThreads;
    private final Integer cookProcesses;
    private final List<String> notes;

    private Figures(Builder b) {
        this.wallTime = b.wallTime;
        this.ticks = b.ticks;
        this.cpuTime = b.cpuTime;
        this.peakKitchenRss = b.peakKitchenRss;
        this.peakCooksRss = b.peakCooksRss;
        this.peakThreads = b.peakThreads;
        this.cookThreads = b.cookThreads;
        this.cookProcesses = b.cookProcesses;
        this.notes = List.copyOf(b.notes);
    }

    /** A builder with no figure set. */
    public static Builder builder() {
        return new Builder();
    }

    /** How long the lab's {@code main} ran. */
    public Optional<Duration> wallTime() {
        return Optional.ofNullable(wallTime);
    }

    /** That time in ticks. */
    public OptionalDouble ticks() {
        return ticks == null ? OptionalDouble.empty() : OptionalDouble.of(ticks);
    }

    /** The CPU time of the kitchen and all its cooks together. */
    public Optional<Duration> cpuTime() {
        return Optional.ofNullable(cpuTime);
    }

    /** The kitchen process's largest resident set, in bytes. */
    public OptionalLong peakKitchenRss() {
        return peakKitchenRss == null ? OptionalLong.empty() : OptionalLong.of(peakKitchenRss);
    }

    /** The processes below the kitchen, their largest resident set together, in bytes. */
    public OptionalLong peakCooksRss() {
        return peakCooksRss == null ? OptionalLong.empty() : OptionalLong.of(peakCooksRss);
    }

    /** The kitchen's largest thread count as the operating system saw it ({@code ps -T}). */
    public OptionalInt peakThreads() {
        return peakThreads == null ? OptionalInt.empty() : OptionalInt.of(peakThreads);
    }

    /** The threads the program started itself. */
    public OptionalInt cookThreads() {
        return cookThreads == null ? OptionalInt.empty() : OptionalInt.of(cookThreads);
    }

    /** The processes below the kitchen. */
    public OptionalInt cookProcesses() {
        return cookProcesses == null ? OptionalInt.empty() : OptionalInt.of(cookProcesses);
    }

    /** Further figures particular to the lab, each already worded ({@code "vsz +4 MB"}). */
    public List<String> notes() {
        return notes;
    }

    /** These figures with more notes. */
    public Figures withNotes(List<String> more) {
        Builder copy = new Builder();
        copy.wallTime = wallTime;
        copy.ticks = ticks;
        copy.cpuTime = cpuTime;
        copy.peakKitchenRss = peakKitchenRss;
        copy.peakCooksRss = peakCooksRss;
        copy.peakThreads = peakThreads;
        copy.cookThreads = cookThreads;
        copy.cookProcesses = cookProcesses;
        copy.notes.addAll(notes);
        copy.notes.addAll(more);
        return copy.build();
    }

    /** The figures as the console shows them, separated by {@code ·}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (wallTime != null) {
            parts.add(ticks != null ? String.format("%.1f s (%.2f ticks)", seconds(wallTime), ticks)
                    : String.format("%.1f s", seconds(wallTime)));
        }
        if (cpuTime != null) {
            parts.add(String.format("cpu %.1f s", seconds(cpuTime)));
        }
        if (peakKitchenRss != null) {
            parts.add("rss " + megabytes(peakKitchenRss));
        }
        if (peakCooksRss != null && peakCooksRss > 0) {
            parts.add("cooks rss " + megabytes(peakCooksRss));
        }
        if (peakThreads != null) {
            parts.add(peakThreads + " threads");
        }
        if (cookThreads != null) {
            parts.add(cookThreads + (cookThreads == 1 ? " cook thread" : " cook threads"));
        }
        if (cookProcesses != null) {
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

    /** Builds {@link Figures}; a figure never set stays absent. */
    public static final class Builder {
        private Duration wallTime;
        private Double ticks;
        private Duration cpuTime;
        private Long peakKitchenRss;
        private Long peakCooksRss;
        private Integer peakThreads;
        private Integer cookThreads;
        private Integer cookProcesses;
        private final List<String> notes = new ArrayList<>();

        private Builder() {
        }

        /** How long the lab's {@code main} ran, and that in ticks. */
        public Builder wallTime(Duration value, double inTicks) {
            wallTime = value;
            ticks = inTicks;
            return this;
        }

        /** The CPU time of the whole tree. */
        public Builder cpuTime(Duration value) {
            cpuTime = value;
            return this;
        }

        /** The kitchen's largest resident set, in bytes. */
        public Builder peakKitchenRss(long bytes) {
            peakKitchenRss = bytes;
            return this;
        }

        /** The cooks' largest resident set together, in bytes. */
        public Builder peakCooksRss(long bytes) {
            peakCooksRss = bytes;
            return this;
        }

        /** The kitchen's largest thread count, as {@code ps -T} counts. */
        public Builder peakThreads(int count) {
            peakThreads = count;
            return this;
        }

        /** The threads the program started. */
        public Builder cookThreads(int count) {
            cookThreads = count;
            return this;
        }

        /** The processes below the kitchen. */
        public Builder cookProcesses(int count) {
            cookProcesses = count;
            return this;
        }

        /** One more note, already worded. */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /** The figures. */
        public Figures build() {
            return new Figures(this);
        }
    }
}
