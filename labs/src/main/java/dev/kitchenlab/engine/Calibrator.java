package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.harness.CalibrationKitchen;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Measures how late this machine runs right now, at the start of a check: sleeps and thread starts (a tenth of a
 * second), and what a pool of cook processes costs to start when a lab of the check forks cooks (about a second).
 */
final class Calibrator {
    private static final int SLEEPERS = 4;
    private static final int NAPS = 10;
    private static final long NAP_MILLIS = 5;

    private Calibrator() {
    }

    /** Measures this machine now; cook processes of the JDK at {@code javaHome} only when {@code withCooks}. */
    static Calibration measure(Path javaHome, boolean withCooks) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return new Calibration(measureSleepLateness(), measureThreadStart(),
                withCooks ? measureCookStart(javaHome) : Duration.ZERO, cpus);
    }

    /**
     * Runs a kitchen that opens a process pool of one cook per CPU and serves each an empty dish, as a lab's pool
     * does before its first real dish, and keeps the slower of two runs (the first also warms the file cache).
     */
    private static Duration measureCookStart(Path javaHome) {
        List<String> command = List.of(javaHome.resolve("bin").resolve("java").toString(), "-cp", kitLocation(),
                CalibrationKitchen.class.getName());
        long slowest = 0;
        for (int round = 0; round < 2; round++) {
            try {
                Process kitchen = new ProcessBuilder(command).redirectErrorStream(true).start();
                kitchen.getOutputStream().close();
                String printed = new String(kitchen.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!kitchen.waitFor(30, TimeUnit.SECONDS) || kitchen.exitValue() != 0) {
                    kitchen.destroyForcibly();
                    throw new IllegalStateException("the calibration kitchen failed: " + printed);
                }
                slowest = Math.max(slowest, Long.parseLong(printed.lines().reduce((a, b) -> b).orElse("0")));
            } catch (IOException | NumberFormatException e) {
                throw new IllegalStateException("the calibration kitchen could not run with " + command.get(0), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Duration.ofNanos(slowest);
    }

    private static String kitLocation() {
        try {
            return Path.of(CalibrationKitchen.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the kit's classes", e);
        }
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
