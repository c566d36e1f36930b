package dev.kitchenlab.engine.observe;

import oshi.hardware.CentralProcessor;

import java.nio.charset.StandardCharsets;

/**
 * How much of the machine's CPU went unused between two rounds of sampling, in cores, from the kernel's own counters
 * ({@code /proc/stat}'s first line on Linux, OSHI's tick counters elsewhere).
 *
 * <p>It tells a process at rest from one the machine had no core for: both use next to no CPU between two samples,
 * but only on a machine with a core to spare does little CPU mean the process asked for none.
 */
final class MachineIdle {
    private final ProcFiles files;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private long lastIdle = -1;
    private long lastTotal = -1;

    private MachineIdle(ProcFiles files) {
        this.files = files;
    }

    /** Counters read from /proc when it is there, else through OSHI. */
    static MachineIdle open() {
        ProcFiles files = new ProcFiles();
        return new MachineIdle(files.read("/proc/stat") > 0 ? files : null);
    }

    /**
     * The cores that were idle on average since the previous call, or NaN on the first call and when the counters
     * cannot be read.
     */
    double idleCoresSinceLast() {
        long[] idleAndTotal = files != null ? fromProc() : fromOshi();
        if (idleAndTotal == null) {
            return Double.NaN;
        }
        long idle = idleAndTotal[0];
        long total = idleAndTotal[1];
        double cores = Double.NaN;
        if (lastTotal >= 0 && total > lastTotal) {
            cores = this.cores * (double) (idle - lastIdle) / (total - lastTotal);
        }
        lastIdle = idle;
        lastTotal = total;
        return cores;
    }

    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in clock ticks since boot; guest time is
    // already counted in user and nice, so it is left out of the total.
    private long[] fromProc() {
        int length = files.read("/proc/stat");
        if (length <= 0) {
            return null;
        }
        String first = new String(files.bytes(), 0, Math.min(length, 256), StandardCharsets.US_ASCII).lines()
                .findFirst().orElse("");
        String[] fields = first.trim().split("\\s+");
        if (fields.length < 5 || !fields[0].equals("cpu")) {
            return null;
        }
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + (fields.length > 5 ? Long.parseLong(fields[5]) : 0);
        return new long[] {idle, total};
    }

    private static long[] fromOshi() {
        try {
            long[] ticks = OshiSource.Oshi.SYSTEM.getHardware().getProcessor().getSystemCpuLoadTicks();
            long total = 0;
            for (long tick : ticks) {
                total += tick;
            }
            return new long[] {ticks[CentralProcessor.TickType.IDLE.getIndex()]
                    + ticks[CentralProcessor.TickType.IOWAIT.getIndex()], total};
        } catch (RuntimeException | LinkageError unavailable) {
            return null;
        }
    }
}
