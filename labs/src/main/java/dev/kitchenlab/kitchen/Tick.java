package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.KitchenEnvironment;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kitchen's unit of time: the talk's {@code sleep(10)} is one tick.
 *
 * <p>Run by hand, a tick is the talk's 10 seconds. Under {@code mvn kitchen:check} it is shorter, so a
 * check stays quick; expectations are written in ticks, so the lesson is the same at any scale.
 */
public final class Tick {
    /** The talk's tick: {@code time.sleep(10)}. */
    public static final Duration TALK = Duration.ofSeconds(10);

    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?\\s*");
    private static volatile Duration tick;

    private Tick() {
    }

    /** The length of one tick in this kitchen. */
    public static Duration duration() {
        Duration current = tick;
        if (current == null) {
            String configured = System.getenv(KitchenEnvironment.TICK);
            current = configured == null || configured.isBlank() ? TALK : parse(configured);
            tick = current;
        }
        return current;
    }

    /** Sleeps one tick, as the talk's {@code time.sleep(10)}. */
    public static void sleep() {
        sleep(1);
    }

    /**
     * Sleeps a number of ticks. An interrupted sleep ends early and leaves the thread's interrupt flag set,
     * so the caller can still see it.
     */
    public static void sleep(double ticks) {
        long nanos = Math.round(duration().toNanos() * ticks);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads a duration as people write it: {@code 500ms}, {@code 1s}, {@code 1.5s}, {@code 2m}; a bare number
     * is seconds.
     *
     * @throws IllegalArgumentException for anything else, saying what is accepted
     */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write it as 500ms, 1s or 1.5s");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis < 1) {
            throw new IllegalArgumentException("'" + text + "' is too short for a tick: use at least 1ms");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** A duration written back the way {@link #parse} reads it. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
