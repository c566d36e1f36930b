package dev.kitchenlab.bench;

import dev.kitchenlab.engine.observe.ProcessTreeObserver;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What watching a kitchen-like tree costs: one JVM and its four {@code sleep} children, sampled at a fixed interval by
 * the observer reading {@code /proc} and by the observer reading through OSHI, with how far each one's figures are
 * from {@code /proc/PID/status}. A measurement to print, never an assertion: it depends on the machine.
 */
public final class ObserverCost {
    private static final int SLEEPS = 4;

    private ObserverCost() {
    }

    /**
     * One source watching the tree.
     *
     * @param source how the process table was read
     * @param processes processes in the tree, the kitchen included
     * @param interval the sampling interval
     * @param wall how long it was measured
     * @param samplerCpuPercent the sampler thread's CPU time over the wall time, where 100 is one core busy
     * @param samplingPercent {@link ProcessTreeObserver#samplingTime()} over the wall time (CPU and waiting)
     * @param microsPerRound the sampler's CPU time per round of sampling, in microseconds
     * @param maxRssErrorBytes the largest distance of a process's last resident set from VmRSS, in bytes
     * @param maxRssErrorPercent the same, as a share of VmRSS
     * @param threadMismatches processes whose last thread count was not what {@code /proc/PID/status} said
     */
    public record Result(ProcessTreeObserver.Source source, int processes, Duration interval, Duration wall,
                         double samplerCpuPercent, double samplingPercent, double microsPerRound,
                         long maxRssErrorBytes, double maxRssErrorPercent, int threadMismatches) {
    }

    /** The kitchen of the measured tree: a JVM with four {@code sleep} children, until its stdin closes. */
    public static final class Kitchen {
        public static void main(String[] args) throws Exception {
            List<Process> sleeps = new ArrayList<>();
            for (int i = 0; i < SLEEPS; i++) {
                sleeps.add(new ProcessBuilder("sleep", "600").start());
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Until the measurement closes our stdin.
            }
            for (Process sleep : sleeps) {
                sleep.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Starts the tree, then watches it with each source in turn, each for {@code length} after a second's warm-up.
     *
     * @param interval the sampling interval, 50 ms for the target
     * @param length how long each source is measured
     * @return the {@code /proc} source's result first (where there is {@code /proc}), then OSHI's
     */
    public static List<Result> measure(Duration interval, Duration length) throws IOException, InterruptedException {
        Process kitchen = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Kitchen.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(kitchen.getInputStream(),
                    StandardCharsets.UTF_8));
            if (!"ready".equals(out.readLine())) {
                throw new IllegalStateException("the measured kitchen did not start");
            }
            List<Result> results = new ArrayList<>();
            boolean proc = Files.isReadable(Path.of("/proc/self/stat"));
            for (ProcessTreeObserver.Source source : proc
                    ? List.of(ProcessTreeObserver.Source.PROC, ProcessTreeObserver.Source.OSHI)
                    : List.of(ProcessTreeObserver.Source.OSHI)) {
                measure(source, kitchen.pid(), interval, Duration.ofSeconds(1));
                results.add(measure(source, kitchen.pid(), interval, length));
            }
            return results;
        } finally {
            kitchen.getOutputStream().close();
            if (!kitchen.waitFor(10, TimeUnit.SECONDS)) {
                kitchen.descendants().forEach(ProcessHandle::destroyForcibly);
                kitchen.destroyForcibly().waitFor();
            }
        }
    }

    /** Watches the tree below {@code rootPid} with one source for {@code length}. */
    public static Result measure(ProcessTreeObserver.Source source, long rootPid, Duration interval, Duration length)
            throws IOException, InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ProcessTreeObserver observer = ProcessTreeObserver.watch(rootPid, interval, ProcessTreeObserver.Limits.NONE,
                false, source);
        long sampler = samplerThread(threads, rootPid);
        long cpuBefore = threads.getThreadCpuTime(sampler);
        long samplingBefore = observer.samplingTime().toNanos();
        long started = System.nanoTime();
        Thread.sleep(length.toMillis());
        long cpu = threads.getThreadCpuTime(sampler) - cpuBefore;
        long sampling = observer.samplingTime().toNanos() - samplingBefore;
        long wall = System.nanoTime() - started;

        // The last round taken now, between two readings of status: idle processes hold still meanwhile.
        Map<Long, long[]> before = status(observer.seenPids());
        observer.sampleNow();
        Map<Long, long[]> after = status(observer.seenPids());
        ProcessTree tree = observer.stop();
        // Every round but the first and the last was the sampler's.
        long rounds = tree.root().orElseThrow().samples().size() - 2;

        long worstBytes = 0;
        double worstPercent = 0;
        int mismatches = 0;
        List<ProcessRecord> records = new ArrayList<>(tree.descendants());
        tree.root().ifPresent(records::add);
        for (ProcessRecord record : records) {
            long[] a = before.get(record.pid());
            long[] b = after.get(record.pid());
            if (a == null || b == null) {
                continue;
            }
            ProcessSample last = record.last();
            long error = Math.max(0, Math.max(Math.min(a[0], b[0]) - last.rss(), last.rss() - Math.max(a[0], b[0])));
            worstBytes = Math.max(worstBytes, error);
            worstPercent = Math.max(worstPercent, 100.0 * error / Math.max(1, b[0]));
            if (last.threads() < Math.min(a[1], b[1]) || last.threads() > Math.max(a[1], b[1])) {
                mismatches++;
            }
        }
        return new Result(source, records.size(), interval, Duration.ofNanos(wall), 100.0 * cpu / wall,
                100.0 * sampling / wall, cpu / 1000.0 / Math.max(1, rounds), worstBytes, worstPercent, mismatches);
    }

    /** Prints the measurement at 50 ms for five seconds, or at the interval and length given in milliseconds. */
    public static void main(String[] args) throws Exception {
        Duration interval = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 50);
        Duration length = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 5_000);
        for (Result result : measure(interval, length)) {
            System.out.printf("%-4s %d processes every %d ms for %.1f s: sampler %.2f %% of a core (%.0f µs a round), "
                            + "sampling %.2f %% of wall; RSS off VmRSS by %d KiB at most (%.2f %%); "
                            + "thread counts off: %d%n",
                    result.source(), result.processes(), result.interval().toMillis(), result.wall().toMillis() / 1e3,
                    result.samplerCpuPercent(), result.microsPerRound(), result.samplingPercent(),
                    result.maxRssErrorBytes() / 1024, result.maxRssErrorPercent(), result.threadMismatches());
        }
    }

    private static long samplerThread(ThreadMXBean threads, long rootPid) {
        String name = "kitchen-lab-observer-" + rootPid;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals(name)) {
                return info.getThreadId();
            }
        }
        throw new IllegalStateException("no thread " + name);
    }

    /** VmRSS in bytes and Threads from {@code /proc/PID/status}, for each process still there. */
    private static Map<Long, long[]> status(Iterable<Long> pids) throws IOException {
        Map<Long, long[]> figures = new HashMap<>();
        for (long pid : pids) {
            Path status = Path.of("/proc/" + pid + "/status");
            long rss = -1;
            long count = -1;
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
                    } else if (line.startsWith("Threads:")) {
                        count = Long.parseLong(line.substring(8).trim());
                    }
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            if (rss >= 0 && count >= 0) {
                figures.put(pid, new long[] {rss, count});
            }
        }
        return figures;
    }
}
