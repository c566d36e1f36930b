package dev.kitchenlab.engine.observe;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the observer saw of a kitchen and every process below it, over the whole run.
 */
public final class ProcessTree {
    private final long rootPid;
    private final Map<Long, ProcessRecord> records;
    private final List<Long> sampleTimes;
    private final long totalMemory;

    ProcessTree(long rootPid, Map<Long, ProcessRecord> records, List<Long> sampleTimes, long totalMemory) {
        this.rootPid = rootPid;
        this.records = new TreeMap<>(records);
        this.sampleTimes = List.copyOf(sampleTimes);
        this.totalMemory = totalMemory;
    }

    /** The kitchen's pid. */
    public long rootPid() {
        return rootPid;
    }

    /** The kitchen, if it lived long enough to be sampled. */
    public java.util.Optional<ProcessRecord> root() {
        return java.util.Optional.ofNullable(records.get(rootPid));
    }

    /** Every process below the kitchen that was seen, children and grandchildren. */
    public List<ProcessRecord> descendants() {
        return records.values().stream().filter(r -> r.pid() != rootPid).toList();
    }

    /** Every process seen, the kitchen first. */
    public Collection<ProcessRecord> all() {
        return records.values();
    }

    /** How many rounds of sampling there were. */
    public int rounds() {
        return sampleTimes.size();
    }

    /** The machine's memory, in bytes, against which {@code %MEM} is read. */
    public long totalMemory() {
        return totalMemory;
    }

    /** The most processes below the kitchen alive in one round of sampling. */
    public int peakConcurrentDescendants() {
        return sampleTimes.stream().mapToInt(t -> (int) descendants().stream()
                .filter(r -> r.samples().stream().anyMatch(s -> s.epochMillis() == t)).count()).max().orElse(0);
    }

    /** The largest resident set of all processes below the kitchen together, in one round, in bytes. */
    public long peakDescendantsRss() {
        return sampleTimes.stream().mapToLong(t -> descendants().stream()
                .flatMap(r -> r.samples().stream()).filter(s -> s.epochMillis() == t)
                .mapToLong(ProcessSample::rss).sum()).max().orElse(0);
    }

    /** The CPU time of every process seen, together, in milliseconds. */
    public long totalCpuMillis() {
        return records.values().stream().mapToLong(ProcessRecord::cpuMillis).sum();
    }
}
