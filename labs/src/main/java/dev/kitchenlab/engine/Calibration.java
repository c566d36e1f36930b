package dev.kitchenlab.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * How late this machine runs right now, measured at the start of a check: timing verdicts allow for it, so a
 * busy machine widens the margin (or makes a figure INCONCLUSIVE) instead of failing a good solution.
 *
 * @param sleepLateness how late a sleeping thread wakes at worst, with as many sleepers as a lab has cooks
 * @param threadStart the median time to start and join one thread
 * @param cpus the CPUs this JVM may use
 */
public record Calibration(Duration sleepLateness, Duration threadStart, int cpus) {
    private static final int SLEEPERS = 4;
    private static final int NAPS = 10;
    private static final long NAP_MILLIS = 5;

    /** Measures this machine now (about 0.1 s). */
    public static Calibration measure() {
        return new Calibration(measureSleepLateness(), measureThreadStart(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * The delay a run of {@code rounds} rounds of parallel work can pick up from the machine alone, in ticks:
     * each round's cooks wake late and start late.
     */
    public double slackTicks(Duration tick, int rounds, int cooksPerRound) {
        long perRound = sleepLateness.toNanos() + threadStart.toNanos() * cooksPerRound;
        return (double) perRound * rounds / tick.toNanos();
    }

    /** A line for the start of a check's output. */
    public String describe() {
        return String.format("sleeps wake up to %.1f ms late, a thread starts in %d µs", sleepLateness.toNanos() / 1e6,
                threadStart.toNanos() / 1000);
    }

    private static Duration measureSleepLateness() {
        List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(SLEEPERS);
        for (int i = 0; i < SLEEPERS; i++) {
            Thread sleeper = new Thread(() -> {
                for (int nap = 0; nap < NAPS; nap++) {
                    long start = System.nanoTime();
                    try {
                        Thread.sleep(NAP_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    lateness.add(System.nanoTime() - start - NAP_MILLIS * 1_000_000);
                }
                done.countDown();
            }, "kitchen-lab-calibration-" + i);
            sleeper.setDaemon(true);
            sleeper.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Duration.ofNanos(lateness.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    private static Duration measureThreadStart() {
        long[] costs = new long[40];
        for (int i = 0; i < costs.length + 10; i++) {
            long start = System.nanoTime();
            Thread thread = new Thread(() -> { }, "kitchen-lab-calibration");
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (i >= 10) {
                costs[i - 10] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(costs);
        return Duration.ofNanos(costs[costs.length / 2]);
    }
}
