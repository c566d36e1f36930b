package dev.kitchenlab.catalogue.lab15;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lab 15 seen from outside, as {@code ps -T} and {@code ps u} would see the kitchen: its OS threads and its resident
 * memory during each mode, over what it had before the first. The OS threads are judged (10,000 platform cooks are
 * thousands of OS threads, virtual ones a few carriers: a gap of hundreds of times, which no busy machine closes); the
 * memory is only shown, since how much of each thread's stack is touched, and when the JVM gives memory back, are the
 * JVM's and the OS's business (measured here with 4 busy loops: +110 to +140 MB for platform cooks over the virtual
 * mode's, +25 to +40 MB for virtual ones over the kitchen's before; OS threads +2,470 to +3,450 against +5).
 */
final class ThreadsSeen {
    /**
     * The fewest samples of the platform mode the kit judges on: its threads climb for seconds, so one look may come
     * before the climb. One look at the virtual mode is enough (one came in 1.5 s once, on a loaded machine): a look
     * that misses its few carriers can only make the gap wider, and the gap is judged at hundreds of times.
     */
    private static final int FEWEST_PLATFORM_SAMPLES = 2;
    /** How many times the platform cooks' OS threads must outnumber the virtual ones'. */
    static final int RATIO = 10;

    private ThreadsSeen() {
    }

    /** The kitchen's samples while a mode ran, and what it had before the first mode. */
    private record Window(List<ProcessSample> samples, ProcessSample before) {
        int extraThreads() {
            return samples.stream().mapToInt(ProcessSample::threads).max().orElse(0) - before.threads();
        }

        long largestRss() {
            return samples.stream().mapToLong(ProcessSample::rss).max().orElse(0);
        }
    }

    private static Optional<Window> window(Observation run, Fact.ThreadKind kind) {
        Optional<Fact.CooksHired> mode = VirtualLab.mode(run, kind);
        Optional<Fact.CooksHired> first = VirtualLab.mode(run, Fact.ThreadKind.VIRTUAL);
        List<ProcessSample> kitchen = run.tree().root().map(ProcessRecord::samples).orElse(List.of());
        if (mode.isEmpty() || first.isEmpty() || kitchen.isEmpty()) {
            return Optional.empty();
        }
        long from = mode.get().startEpochNanos() / 1_000_000;
        long to = mode.get().endEpochNanos() / 1_000_000;
        long firstFrom = first.get().startEpochNanos() / 1_000_000;
        List<ProcessSample> during = kitchen.stream().filter(s -> s.epochMillis() >= from && s.epochMillis() <= to)
                .toList();
        // The last look before the first mode; without one, the kitchen's first look at all.
        ProcessSample before = kitchen.stream().filter(s -> s.epochMillis() < firstFrom)
                .reduce((a, b) -> b).orElse(kitchen.get(0));
        return Optional.of(new Window(during, before));
    }

    /** The OS threads of each mode, over the kitchen's before: PASS when they tell the two kinds apart. */
    static Finding judge(Observation run) {
        Optional<Window> virtual = window(run, Fact.ThreadKind.VIRTUAL);
        Optional<Window> platform = window(run, Fact.ThreadKind.PLATFORM);
        if (virtual.isEmpty() || platform.isEmpty() || virtual.get().samples().isEmpty()
                || platform.get().samples().size() < FEWEST_PLATFORM_SAMPLES) {
            return Finding.inconclusive(String.format("the kit looked at the kitchen's threads only %d and %d times "
                    + "while the modes ran: too seldom on this busy machine, run it again",
                    virtual.map(w -> w.samples().size()).orElse(0), platform.map(w -> w.samples().size()).orElse(0)));
        }
        int v = Math.max(0, virtual.get().extraThreads());
        int p = platform.get().extraThreads();
        String figures = String.format("ps -T counted %,d more OS thread(s) for the virtual cooks, %,d more for the "
                + "platform cooks", v, p);
        if (p >= VirtualLab.AT_ONCE && (long) v * RATIO <= p) {
            return Finding.pass(figures);
        }
        // The kit's shift already saw which kind of thread each cook was: a disagreement is the observer's, not the
        // program's.
        return Finding.inconclusive(figures + String.format(", not the %d× apart the kit expects: it may have "
                + "looked at the wrong moments, run it again", RATIO));
    }

    /** {@code OS threads +3 virtual, +4,280 platform}, {@code RSS 61 MB virtual, 196 MB platform}. */
    static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        Optional<Window> virtual = window(run, Fact.ThreadKind.VIRTUAL).filter(w -> !w.samples().isEmpty());
        Optional<Window> platform = window(run, Fact.ThreadKind.PLATFORM).filter(w -> !w.samples().isEmpty());
        if (virtual.isPresent() && platform.isPresent()) {
            notes.add(String.format("OS threads +%,d virtual, +%,d platform", Math.max(0, virtual.get().extraThreads()),
                    platform.get().extraThreads()));
            notes.add(String.format("RSS %.0f MB before, %.0f MB virtual, %.0f MB platform",
                    virtual.get().before().rss() / 1e6, virtual.get().largestRss() / 1e6,
                    platform.get().largestRss() / 1e6));
        }
        return notes;
    }
}
