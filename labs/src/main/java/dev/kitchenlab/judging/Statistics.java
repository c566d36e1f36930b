package dev.kitchenlab.judging;

import java.util.Arrays;

/** The few robust figures the judges use, so one slow run on a busy machine cannot move a verdict. */
public final class Statistics {

    private Statistics() {
    }

    /**
     * The middle value.
     *
     * @param values any number of measurements, in any order
     * @return the median, or {@code NaN} when there are none
     */
    public static double median(double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
