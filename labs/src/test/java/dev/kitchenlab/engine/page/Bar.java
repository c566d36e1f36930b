package dev.kitchenlab.engine.page;

import java.util.List;

/**
 * One bar of a page's timeline, as a test reads it back.
 *
 * @param cook whose work it is
 * @param startMillis where it begins, in milliseconds from the timeline's start
 * @param endMillis where it ends
 */
record Bar(String cook, long startMillis, long endMillis) {
    /** Whether every two of the bars share some time: cooks that worked at once. */
    static boolean allOverlap(List<Bar> bars) {
        return bars.stream().allMatch(a -> bars.stream().allMatch(b -> a.startMillis < b.endMillis
                && b.startMillis < a.endMillis));
    }

    /** Whether no two of the bars share any time: cooks that took turns. */
    static boolean noneOverlap(List<Bar> bars) {
        return bars.stream().allMatch(a -> bars.stream().allMatch(b -> a == b || a.endMillis <= b.startMillis
                || b.endMillis <= a.startMillis));
    }
}
