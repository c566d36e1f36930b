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
 * JVM's and the OS's business (measured here in 60 runs with 4 busy loops: +87 to +145 MB for platform cooks over the
 * virtual mode's, +21 to +57 MB for virtual ones over the kitchen's before; OS threads +1,900 to +3,399 against +3 to
 * +5).
 */
final class ThreadsSeen {
    /**
     * The fewest looks at the platform mode the kit judges on: its threads climb for seconds, so one look may come
     * before the climb.
     */
    private static final int FEWEST_PLATFORM_SAMPLES = 2;
    /** How many times the platform cooks' OS threads must outnumber the virtual ones'. */
    static final int RATIO = 10;

    private ThreadsSeen() {
    }

    /** The kitchen's looks while a mode ran, and its threads before the first mode (0 when it was never seen then). */
    private record Window(List<ProcessSample> samples, int threadsBefore, long rssBefore) {
        int extraThreads() {
            return Math.max(0, samples.stream().mapToInt(ProcessSample::threads).max().orElse(0) - threadsBefore);
        }

        long largestRss() {
            return samples.stream().mapToLong(ProcessSample::rss).max().orElse(0);
        }
    }

    /**
     * The looks at one mode. The virtual mode's run until the platform mode begins: its carriers outlive it, and the
     * observer's first looks can come late (an inspector's first OSHI call once took 2 s on a loaded machine, longer
     * than the whole virtual mode).
     */
    private static Optional<Window> window(Observation run, Fact.ThreadKind kind) {
        Optional<Fact.CooksHired> virtual = VirtualLab.mode(run, Fact.ThreadKind.VIRTUAL);
        Optional<Fact.CooksHired> platform = VirtualLab.mode(run, Fact.ThreadKind.PLATFORM);
        List<ProcessSample> kitchen = run.tree().root().map(ProcessRecord::samples).orElse(List.of());
        if (virtual.isEmpty() || platform.isEmpty()) {
            return Optional.empty();
        }
        long virtualFrom = virtual.get().startEpochNanos() / 1_000_000;
        long platformFrom = platform.get().startEpochNanos() / 1_000_000;
        long from = kind == Fact.ThreadKind.VIRTUAL ? virtualFrom : platformFrom;
        long to = kind == Fact.ThreadKind.VIRTUAL ? platformFrom : platform.get().endEpochNanos() / 1_000_000;
        List<ProcessSample> during = kitchen.stream().filter(s -> s.epochMillis() >= from && s.epochMillis() < to)
                .toList();
        Optional<ProcessSample> before = kitchen.stream().filter(s -> s.epochMillis() < virtualFrom)
                .reduce((a, b) -> b);
        return Optional.of(new Window(during, before.map(ProcessSample::threads).orElse(0),
                before.map(ProcessSample::rss).orElse(0L)));
    }

    /** The OS threads of each mode, over the kitchen's before: PASS when they tell the two kinds apart. */
    static Finding judge(Observation run) {
        Optional<Window> virtual = window(run, Fact.ThreadKind.VIRTUAL);
        Optional<Window> platform = window(run, Fact.ThreadKind.PLATFORM);
        if (virtual.isEmpty() || platform.isEmpty() || platform.get().samples().size() < FEWEST_PLATFORM_SAMPLES) {
            return Finding.inconclusive(String.format("the kit looked at the kitchen's threads only %d time(s) while "
                    + "the platform cooks worked: too seldom on this busy machine, run it again",
                    platform.map(w -> w.samples().size()).orElse(0)));
        }
        int p = platform.get().extraThreads();
        String virtualSeen;
        int v;
        if (virtual.get().samples().isEmpty()) {
            // ps -T did not look in time: the JVM's own count of the OS threads it started while the mode ran.
            v = (int) VirtualLab.mode(run, Fact.ThreadKind.VIRTUAL).orElseThrow().platformThreadsStarted();
            virtualSeen = String.format("the JVM started %,d OS thread(s) for the virtual cooks (ps -T did not look "
                    + "in time), ps -T counted", v);
        } else {
            v = virtual.get().extraThreads();
            virtualSeen = String.format("ps -T counted %,d more OS thread(s) for the virtual cooks,", v);
        }
        String figures = String.format("%s %,d more for the platform cooks", virtualSeen, p);
        if (p >= VirtualLab.AT_ONCE && (long) v * RATIO <= p) {
            return Finding.pass(figures);
        }
        // The kit's shift already saw which kind of thread each cook was: a disagreement is the observer's, not the
        // program's.
        return Finding.inconclusive(figures + String.format(", not the %d× apart the kit expects: it may have "
                + "looked at the wrong moments, run it again", RATIO));
    }

    /** {@code OS threads +3 virtual, +4,280 platform}, {@code RSS 50 MB before, 61 MB virtual, 196 MB platform}. */
    static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        Optional<Window> virtual = window(run, Fact.ThreadKind.VIRTUAL).filter(w -> !w.samples().isEmpty());
        Optional<Window> platform = window(run, Fact.ThreadKind.PLATFORM).filter(w -> !w.samples().isEmpty());
        if (virtual.isPresent() && platform.isPresent()) {
            notes.add(String.format("OS threads +%,d virtual, +%,d platform", virtual.get().extraThreads(),
                    platform.get().extraThreads()));
            notes.add(String.format("RSS %.0f MB before, %.0f MB virtual, %.0f MB platform",
                    virtual.get().rssBefore() / 1e6, virtual.get().largestRss() / 1e6,
                    platform.get().largestRss() / 1e6));
        }
        return notes;
    }
}
