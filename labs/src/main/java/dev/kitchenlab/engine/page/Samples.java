package dev.kitchenlab.engine.page;

import dev.kitchenlab.evidence.ProcessSample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The observer's samples of one run, as its folder kept them ({@link SampleFile}).
 *
 * @param kitchenPid the kitchen's pid, or -1 when unknown
 * @param processes every process seen
 * @param samples every sample, oldest first
 */
public record Samples(long kitchenPid, List<Process> processes, List<ProcessSample> samples) {
    /** Keeps the lists immutable. */
    public Samples {
        processes = List.copyOf(processes);
        samples = List.copyOf(samples);
    }

    /**
     * A process as {@code ps u} names it.
     *
     * @param pid its pid
     * @param ppid its parent's pid when first seen
     * @param user who it runs as
     * @param startMillis when it started, in epoch milliseconds
     * @param command the start of its command line
     */
    public record Process(long pid, long ppid, String user, long startMillis, String command) {
    }

    /** The samples grouped by round (one instant each), oldest round first. */
    public Map<Long, List<ProcessSample>> rounds() {
        Map<Long, List<ProcessSample>> rounds = new TreeMap<>();
        samples.forEach(s -> rounds.computeIfAbsent(s.epochMillis(), t -> new ArrayList<>()).add(s));
        return rounds;
    }

    /** The process with this pid, if it was seen. */
    public Optional<Process> process(long pid) {
        return processes.stream().filter(p -> p.pid() == pid).findFirst();
    }
}
