package dev.kitchenlab.bench;

import java.util.Locale;

/**
 * One line of the benchmark's table: what was measured, beside the floor it was measured against and the target.
 *
 * @param target the target this figure answers (1 to 7)
 * @param name what was measured
 * @param measured the measured figure, with its unit
 * @param floor what it is compared to, measured in the same run, with its unit
 * @param ratio measured over floor, or NaN when the figure is not a ratio
 * @param goal the target, as the issue words it
 * @param met whether the target was met, or {@code null} when the figure only informs
 */
public record Figure(int target, String name, String measured, String floor, double ratio, String goal, Boolean met) {
    /** A figure that informs and is judged by no target. */
    public static Figure info(int target, String name, String measured, String floor) {
        return new Figure(target, name, measured, floor, Double.NaN, "–", null);
    }

    /** The figure as a row of a Markdown table, as the README records it. */
    public String row() {
        String shownRatio = Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
        String verdict = met == null ? "–" : met ? "yes" : "**no**";
        return String.format("| %d | %s | %s | %s | %s | %s | %s |", target, name, measured, floor, shownRatio, goal,
                verdict);
    }

    /** The header of the table {@link #row()} writes. */
    public static String header() {
        return "| target | figure | measured | floor, same run | ratio | target | met |\n|---|---|---|---|---|---|---|";
    }
}
