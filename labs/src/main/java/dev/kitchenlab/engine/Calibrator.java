package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Measures how late this machine runs right now, at the start of a check: sleeps and thread starts, in about a
 * tenth of a second. What cook processes cost to start is measured where it matters, in each lab's own run.
 */
final class Calibrator {
    private static final int SLEEPERS = 4;
    private static final int NAPS = 10;
    private static final long NAP_MILLIS = 5;

    private Calibrator() {
    }

    /** Measures this machine now. */
    static Calibration measure() {
        return new Calibration(measureSleepLateness(), measureThreadStart(), Runtime.getRuntime().availableProcessors());
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
        Arrays.sort(costs);
        return Duration.ofNanos(costs[costs.length / 2]);
    }
}
