package dev.kitchenlab.engine.observe;

import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Watches a kitchen and every process below it from outside, as {@code ps u} and {@code ps -T} would, by
 * sampling the process tree at a fixed interval: from {@code /proc} on Linux, through OSHI elsewhere (portable across
 * Linux, macOS and Windows) or where {@code /proc} cannot be read. Both give the same figures.
 *
 * <p>The state the operating system gives is the launcher thread's, which sleeps while a JVM works, so a process
 * counts as running when it used CPU since the previous sample.
 */
public final class ProcessTreeObserver implements AutoCloseable {
    /** The default interval: a round costs 0.2 to 0.7 ms from /proc, 2 to 4 ms through OSHI, so 100 ms is cheap. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(100);
    private static final double RUNNING_PERCENT = 5;

    private final long rootPid;
    private final long intervalMillis;
    // The three below are guarded by this: the sampler thread writes them, stop() and seenPids() read them.
    private final Map<Long, Seen> seen = new HashMap<>();
    private final List<Long> sampleTimes = new ArrayList<>();
    // The machine's idle cores over each round's interval, beside sampleTimes; guarded by this.
    private final List<Double> idleCores = new ArrayList<>();
    private final MachineIdle machine = MachineIdle.open();
    private final Set<Long> gone = new HashSet<>();
    private final Thread sampler;
    private final Limits limits;
    // Used by the sampling alone, which holds this.
    private final ProcessSource source;
    private volatile boolean stopped;
    // Set once, by the sampler, the first time the tree went past its limits.
    private volatile String overLimit;
    // Guarded by this.
    private long samplingNanos;

    /** Where the process table is read from. */
    public enum Source {
        /** {@code /proc} where it can be read, else OSHI: what every lab uses. */
        BEST,
        /** {@code /proc}, Linux only. */
        PROC,
        /** OSHI, on every operating system. */
        OSHI;

        ProcessSource open() {
            ProcessSource proc = this == OSHI ? null : ProcSource.open();
            if (this == PROC && proc == null) {
                throw new IllegalStateException("/proc cannot be read here: only OSHI can watch processes");
            }
            return proc != null ? proc : new OshiSource();
        }
    }

    /**
     * The most a lab's tree may hold at once; past either, the run is stopped.
     *
     * @param processes processes below the kitchen, alive at once
     * @param threads threads in any one process, as {@code ps -T} counts them
     */
    public record Limits(int processes, int threads) {
        /** No limit. */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    // Counting a process's open files lists /proc/PID/fd: 20 to 60 µs, as much as reading the rest from /proc (an
    // OSHI lookup is 200 to 500), so only when a lab judges them. Set before the first sample, never after.
    private boolean countOpenFiles;

    private ProcessTreeObserver(long rootPid, Duration interval, Limits limits, ProcessSource source) {
        this.rootPid = rootPid;
        this.limits = limits;
        this.source = source;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.sampler = new Thread(this::run, "kitchen-lab-observer-" + rootPid);
        sampler.setDaemon(true);
    }

    /** Starts watching the process {@code rootPid} and all its descendants; the first sample is taken at once. */
    public static ProcessTreeObserver watch(long rootPid, Duration interval) {
        return watch(rootPid, interval, Limits.NONE);
    }

    /** Starts watching, noting the first time the tree goes past {@code limits}. */
    public static ProcessTreeObserver watch(long rootPid, Duration interval, Limits limits) {
        return watch(rootPid, interval, limits, false);
    }

    /** Starts watching, counting each process's open files in every sample when {@code countOpenFiles}. */
    public static ProcessTreeObserver watch(long rootPid, Duration interval, Limits limits, boolean countOpenFiles) {
        return watch(rootPid, interval, limits, countOpenFiles, Source.BEST);
    }

    /** Starts watching, reading the process table from {@code source}: to compare the two ways, not for labs. */
    public static ProcessTreeObserver watch(long rootPid, Duration interval, Limits limits, boolean countOpenFiles,
                                            Source source) {
        return watch(rootPid, interval, limits, countOpenFiles, source.open());
    }

    /** Starts watching through {@code source} itself (the tests' own process table). */
    static ProcessTreeObserver watch(long rootPid, Duration interval, Limits limits, boolean countOpenFiles,
                                     ProcessSource source) {
        ProcessTreeObserver observer = new ProcessTreeObserver(rootPid, interval, limits, source);
        observer.countOpenFiles = countOpenFiles;
        observer.sampleOnce();
        observer.sampler.start();
        return observer;
    }

    /** Takes a sample now, between the regular ones: the moment something happened, as {@code ps} run then. */
    public void sampleNow() {
        if (!stopped) {
            sampleOnce();
        }
    }

    /** Stops watching and gives what was seen. */
    public ProcessTree stop() {
        close();
        synchronized (this) {
            return new ProcessTree(rootPid, seen.values().stream().map(Seen::record).toList(), sampleTimes,
                    source.totalMemory(), idleCores);
        }
    }

    /** What went past the limits, worded for the student, if anything did. */
    public Optional<String> overLimit() {
        return Optional.ofNullable(overLimit);
    }

    /** The pids of every process seen so far, the kitchen included. */
    public synchronized Set<Long> seenPids() {
        return Set.copyOf(seen.keySet());
    }

    /** The time spent sampling so far, the observer's own cost. */
    public synchronized Duration samplingTime() {
        return Duration.ofNanos(samplingNanos);
    }

    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
        try {
            sampler.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!stopped) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
            sampleOnce();
        }
    }

    private synchronized void sampleOnce() {
        long started = System.nanoTime();
        List<Long> pids = source.tree(rootPid);
        // Stamped once the tree is listed: a process forked while this thread waited for a core between a clock read
        // and the listing would carry a time from before it existed (a cook of lab 07's process mode was counted
        // in its thread mode, whose end came in that gap, on a busy machine).
        long now = System.currentTimeMillis();
        double idle = machine.idleCoresSinceLast();
        boolean sampledAny = false;
        for (long pid : pids) {
            if (gone.contains(pid)) {
                continue;
            }
            ProcessReading process = source.read(pid, !seen.containsKey(pid), countOpenFiles);
            if (process == null) {
                gone.add(pid);
                continue;
            }
            record(process, now);
            sampledAny = true;
        }
        if (sampledAny) {
            sampleTimes.add(now);
            idleCores.add(idle);
        }
        checkLimits(pids.size() - 1);
        samplingNanos += System.nanoTime() - started;
    }

    private void checkLimits(int below) {
        if (overLimit != null) {
            return;
        }
        if (below > limits.processes()) {
            overLimit = String.format("%d processes were running under the kitchen at once, and this lab allows %d: "
                    + "a fork bomb, or processes started in a loop and never waited for", below, limits.processes());
            return;
        }
        seen.values().stream().filter(s -> !s.samples().isEmpty())
                .map(s -> s.samples().get(s.samples().size() - 1)).filter(last -> last.threads() > limits.threads())
                .findFirst().ifPresent(last -> overLimit = String.format("pid %d had %d threads at once, and this lab "
                        + "allows %d a process: threads started in a loop and never ended", last.pid(), last.threads(),
                        limits.threads()));
    }

    private void record(ProcessReading process, long now) {
        long pid = process.pid();
        Seen record = seen.computeIfAbsent(pid, p -> new Seen(p, process.ppid(), process.user(), process.command(),
                process.startMillis()));
        long cpu = process.cpuMillis();
        double percent;
        if (record.samples.isEmpty()) {
            long lived = Math.max(1, now - process.startMillis());
            percent = 100.0 * cpu / lived;
        } else {
            ProcessSample previous = record.samples.get(record.samples.size() - 1);
            percent = 100.0 * (cpu - previous.cpuMillis()) / Math.max(1, now - previous.epochMillis());
        }
        String state = percent >= RUNNING_PERCENT ? "running" : process.state();
        long rss = process.rss();
        record.samples.add(new ProcessSample(pid, process.ppid(), now, cpu, percent,
                100.0 * rss / source.totalMemory(), rss, process.vsz(), process.threads(), state,
                process.openFiles()));
    }

    /** One process as it is being seen, sample by sample. */
    private record Seen(long pid, long ppid, String user, String command, long startMillis,
                        List<ProcessSample> samples) {
        Seen(long pid, long ppid, String user, String command, long startMillis) {
            this(pid, ppid, user, command, startMillis, new ArrayList<>());
        }

        ProcessRecord record() {
            return new ProcessRecord(pid, ppid, user, command, startMillis, samples);
        }
    }
}
