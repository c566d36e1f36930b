package dev.kitchenlab.engine.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything seen of one process of a lab run, from its first sample to its last.
 */
public final class ProcessRecord {
    private final long pid;
    private final long ppid;
    private final String user;
    private final String command;
    private final long startMillis;
    private final List<ProcessSample> samples = new ArrayList<>();

    ProcessRecord(long pid, long ppid, String user, String command, long startMillis) {
        this.pid = pid;
        this.ppid = ppid;
        this.user = user;
        this.command = command;
        this.startMillis = startMillis;
    }

    void add(ProcessSample sample) {
        samples.add(sample);
    }

    /** Its process id. */
    public long pid() {
        return pid;
    }

    /** Its parent's process id when first seen. */
    public long ppid() {
        return ppid;
    }

    /** The user it runs as ({@code ps u}'s USER). */
    public String user() {
        return user;
    }

    /** Its command line, as far as the operating system tells. */
    public String command() {
        return command;
    }

    /** When the operating system says it started, in epoch milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    /** Its samples, oldest first. */
    public List<ProcessSample> samples() {
        return Collections.unmodifiableList(samples);
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
}
