package dev.kitchenlab.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the observer saw of a kitchen and every process below it, over the whole run.
 */
public final class ProcessTree {
    private final long rootPid;
    private final List<ProcessRecord> records;
    private final Map<Long, Double> idleCoresByRound;
    private final List<Long> sampleTimes;
    private final long totalMemory;

    /**
     * A tree as the observer saw it, without how busy the machine was.
     *
     * @param rootPid the kitchen's pid
     * @param records every process seen, in any order
     * @param sampleTimes the instants of the rounds of sampling, in epoch milliseconds
     * @param totalMemory the machine's memory, in bytes
     */
    public ProcessTree(long rootPid, Collection<ProcessRecord> records, List<Long> sampleTimes, long totalMemory) {
        this(rootPid, records, sampleTimes, totalMemory, List.of());
    }

    /**
     * What the observer saw, with how busy the machine was.
     *
     * @param rootPid the kitchen's pid
     * @param records every process seen, in any order
     * @param sampleTimes the instants of the rounds of sampling, in epoch milliseconds
     * @param totalMemory the machine's memory, in bytes
     * @param idleCores for each round, the machine's cores left idle since the round before (NaN where unknown); empty
     *                  when not measured
     */
    public ProcessTree(long rootPid, Collection<ProcessRecord> records, List<Long> sampleTimes, long totalMemory,
                       List<Double> idleCores) {
        this.rootPid = rootPid;
        this.records = records.stream().sorted(Comparator.comparingLong(ProcessRecord::pid)).toList();
        this.sampleTimes = List.copyOf(sampleTimes);
        this.totalMemory = totalMemory;
        Map<Long, Double> idle = new HashMap<>();
        for (int i = 0; i < Math.min(sampleTimes.size(), idleCores.size()); i++) {
            if (!Double.isNaN(idleCores.get(i))) {
                idle.put(sampleTimes.get(i), idleCores.get(i));
            }
        }
        this.idleCoresByRound = Map.copyOf(idle);
    }

    /**
     * The machine's idle cores between the round at {@code epochMillis} and the one before, if they were measured: a
     * process that used next to no CPU then was at rest only if the machine had a core to give it.
     */
    public OptionalDouble idleCoresBefore(long epochMillis) {
        Double idle = idleCoresByRound.get(epochMillis);
        return idle == null ? OptionalDouble.empty() : OptionalDouble.of(idle);
    }

    /** The kitchen's pid. */
    public long rootPid() {
        return rootPid;
    }

    /** The kitchen, if it lived long enough to be sampled. */
    public Optional<ProcessRecord> root() {
        return records.stream().filter(r -> r.pid() == rootPid).findFirst();
    }

    /** Every process below the kitchen that was seen, children and grandchildren. */
    public List<ProcessRecord> descendants() {
        return records.stream().filter(r -> r.pid() != rootPid).toList();
    }

    /** The machine's memory, in bytes, against which {@code %MEM} is read. */
    public long totalMemory() {
        return totalMemory;
    }

    /** The most processes below the kitchen alive in one round of sampling. */
    public int peakConcurrentDescendants() {
        List<ProcessRecord> descendants = descendants();
        return sampleTimes.stream().mapToInt(t -> (int) descendants.stream().filter(r -> r.sampledAt(t)).count())
                .max().orElse(0);
    }

    /** The largest resident set of all processes below the kitchen together, in one round, in bytes. */
    public long peakDescendantsRss() {
        List<ProcessRecord> descendants = descendants();
        return sampleTimes.stream().mapToLong(t -> descendants.stream()
                .flatMap(r -> r.samples().stream()).filter(s -> s.epochMillis() == t)
                .mapToLong(ProcessSample::rss).sum()).max().orElse(0);
    }

    /**
     * The round of sampling, between two instants, in which the kitchen and every process below it together had the
     * largest resident set, or empty if no round fell between them.
     *
     * @param fromMillis the first instant, in epoch milliseconds
     * @param toMillis the last instant, in epoch milliseconds
     */
    public Optional<Round> largestRound(long fromMillis, long toMillis) {
        return sampleTimes.stream().filter(t -> t >= fromMillis && t <= toMillis)
                .map(t -> new Round(t, records.stream().flatMap(r -> r.samples().stream())
                        .filter(s -> s.epochMillis() == t).toList()))
                .max(Comparator.comparingLong(Round::totalRss));
    }

    /**
     * One round of sampling: every process of the tree at one instant, as one {@code ps u} of the tree would show them.
     *
     * @param epochMillis when
     * @param samples each process alive then
     */
    public record Round(long epochMillis, List<ProcessSample> samples) {
        /** Keeps the list immutable. */
        public Round {
            samples = List.copyOf(samples);
        }

        /** Their resident sets together, in bytes. */
        public long totalRss() {
            return samples.stream().mapToLong(ProcessSample::rss).sum();
        }
    }

    /** The CPU time of every process seen, together, in milliseconds. */
    public long totalCpuMillis() {
        return records.stream().mapToLong(ProcessRecord::cpuMillis).sum();
    }
}
