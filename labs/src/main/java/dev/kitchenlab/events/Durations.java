package dev.kitchenlab.events;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them ({@code 500ms}, {@code 1s}, {@code 1.5s}, {@code 2m}), for ticks and timeouts: the
 * one reader and writer of that form, whether the text comes from a Maven parameter, a system property or the
 * kitchen's environment.
 */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?\\s*");

    private Durations() {
    }

    /**
     * Reads a duration: {@code 500ms}, {@code 1s}, {@code 1.5s}, {@code 2m}; a bare number is seconds.
     *
     * @throws IllegalArgumentException for anything else or anything under a millisecond, saying what is accepted
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
            throw new IllegalArgumentException("'" + text + "' is too short: use at least 1ms");
        }
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** A duration written back the way {@link #parse} reads it: {@code 1s}, {@code 500ms}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
