package dev.kitchenlab.bench;

import java.util.Arrays;
import java.util.Locale;

/** Repeated measurements of one figure, summarised by their median, as the benchmark reports every figure. */
public final class Samples {
    private final double[] values;

    private Samples(double[] values) {
        this.values = values.clone();
        Arrays.sort(this.values);
    }

    /** The given measurements. */
    public static Samples of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no measurement");
        }
        return new Samples(values);
    }

    /** The median. */
    public double median() {
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The median and the range, in the unit given, e.g. {@code 412 ms [390–475]}. */
    public String describe(String format, String unit) {
        String median = String.format(Locale.ROOT, format, median());
        if (values.length == 1) {
            return median + " " + unit;
        }
        return String.format(Locale.ROOT, "%s %s [" + format + "–" + format + "]", median, unit, values[0],
                values[values.length - 1]);
    }
}
