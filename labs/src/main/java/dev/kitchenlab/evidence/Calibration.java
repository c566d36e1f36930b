package dev.kitchenlab.evidence;

import java.time.Duration;

/**
 * How late this machine ran at the start of a check, shown in its first line. Timing verdicts allow for how late
 * it ran while each lab ran (the kitchen's control sleeper), and fall back on this figure only where a lab ended
 * before the control measured anything.
 *
 * @param sleepLateness how late a sleeping thread wakes at worst, with four sleepers at once
 * @param threadStart the median time to start and join one thread
 * @param cpus the CPUs the inspector's JVM may use
 */
public record Calibration(Duration sleepLateness, Duration threadStart, int cpus) {

    /** A line for the start of a check's output. */
    public String describe() {
        return String.format("sleeps wake up to %.1f ms late · a thread starts in %d µs", sleepLateness.toNanos() / 1e6,
                threadStart.toNanos() / 1000);
    }
}
