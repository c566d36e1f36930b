package dev.kitchenlab.evidence;

import java.time.Duration;

/**
 * How late this machine ran at the start of a check: timing verdicts allow for it, so a busy machine widens the
 * margin (or makes a figure INCONCLUSIVE) instead of failing a good solution.
 *
 * @param sleepLateness how late a sleeping thread wakes at worst, with as many sleepers as a lab has cooks
 * @param threadStart the median time to start and join one thread
 * @param cookStart the time a pool of cook processes (one per CPU) takes to start and serve its first empty
 *                  dishes; zero when no lab of the check forks cooks
 * @param cpus the CPUs the inspector's JVM may use
 */
public record Calibration(Duration sleepLateness, Duration threadStart, Duration cookStart, int cpus) {

    /**
     * The delay a run of {@code rounds} rounds of cook threads can pick up from the machine alone, in ticks: each
     * round's cooks wake late and start late.
     */
    public double slackTicks(Duration tick, int rounds, int cooksPerRound) {
        long perRound = sleepLateness.toNanos() + threadStart.toNanos() * cooksPerRound;
        return (double) perRound * rounds / tick.toNanos();
    }

    /**
     * The delay a pool of cook processes can pick up from the machine alone, in ticks: its JVMs start once, then
     * each round wakes late.
     */
    public double processSlackTicks(Duration tick, int rounds) {
        return (double) (cookStart.toNanos() + sleepLateness.toNanos() * rounds) / tick.toNanos();
    }

    /** A line for the start of a check's output. */
    public String describe() {
        return String.format("sleeps wake up to %.1f ms late · a thread starts in %d µs", sleepLateness.toNanos() / 1e6,
                threadStart.toNanos() / 1000) + (cookStart.isZero() ? ""
                : String.format(" · a pool of cook JVMs serves in %d ms", cookStart.toMillis()));
    }
}
