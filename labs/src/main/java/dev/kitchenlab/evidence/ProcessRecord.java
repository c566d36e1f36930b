package dev.kitchenlab.evidence;

import java.util.List;

/**
 * Everything seen of one process of a lab run, from its first sample to its last.
 *
 * @param pid its process id
 * @param ppid its parent's process id when first seen
 * @param user the user it runs as ({@code ps u}'s USER)
 * @param command its command line, as far as the operating system tells (to name a leftover process)
 * @param startMillis when the operating system says it started, in epoch milliseconds
 * @param samples its samples, oldest first; never empty
 */
public record ProcessRecord(long pid, long ppid, String user, String command, long startMillis,
                            List<ProcessSample> samples) {

    /** Keeps the samples immutable and insists on one at least: a process never sampled was never seen. */
    public ProcessRecord {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("process " + pid + " has no sample");
        }
    }

    /** The first sample. */
    public ProcessSample first() {
        return samples.get(0);
    }

    /** The last sample. */
    public ProcessSample last() {
        return samples.get(samples.size() - 1);
    }

    /** The largest resident set seen, in bytes. */
    public long peakRss() {
        return samples.stream().mapToLong(ProcessSample::rss).max().orElse(0);
    }

    /** The largest virtual size seen, in bytes. */
    public long peakVsz() {
        return samples.stream().mapToLong(ProcessSample::vsz).max().orElse(0);
    }

    /** The most threads seen at once. */
    public int peakThreads() {
        return samples.stream().mapToInt(ProcessSample::threads).max().orElse(0);
    }

    /** The CPU time used by the last sample, in milliseconds. */
    public long cpuMillis() {
        return last().cpuMillis();
    }

    /** The highest CPU use between two samples, where 100 is one core busy. */
    public double peakCpuPercent() {
        return samples.stream().mapToDouble(ProcessSample::cpuPercent).max().orElse(0);
    }

    /** Whether it was sampled at this instant, in epoch milliseconds. */
    boolean sampledAt(long epochMillis) {
        return samples.stream().anyMatch(s -> s.epochMillis() == epochMillis);
    }
}
