package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;

import java.util.List;
import java.util.Locale;

/**
 * Lab 06's picture: how long each measured call took to start a cook as a thread and as a process, one dot per call
 * on a logarithmic axis (a thread starts in a tenth of a millisecond, a JVM in tens of milliseconds: on a linear
 * axis the threads would be one dot), with each kind's fastest, median and slowest call. Warm-up calls are left out,
 * as the lab's judge leaves them out.
 */
final class SpawnTimes {
    private static final int WIDTH = 960;
    private static final int LABEL = 230;
    private static final int ROW = 26;

    private SpawnTimes() {
    }

    /** The distributions, or nothing for a run whose events hold no spawn call (every lab but the spawn lab). */
    static String of(List<Event<?>> events) {
        List<Fact.SpawnCall> calls = events.stream().filter(e -> e.fact() instanceof Fact.SpawnCall)
                .map(e -> (Fact.SpawnCall) e.fact()).filter(c -> !c.warmUp()).toList();
        if (calls.isEmpty()) {
            return "";
        }
        double low = Math.log10(Math.max(1_000, calls.stream().mapToLong(Fact.SpawnCall::kitNanos).min().orElse(1)));
        double high = Math.log10(Math.max(10_000, calls.stream().mapToLong(Fact.SpawnCall::kitNanos).max().orElse(1)));
        low = Math.floor(low);
        high = Math.ceil(high);
        StringBuilder svg = new StringBuilder("<h3>Time to start a cook, per call</h3>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spawn\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(3 * ROW).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(3 * ROW).append("\" role=\"img\">\n<title>How long each call took</title>\n");
        int row = 0;
        for (Fact.CookKind kind : Fact.CookKind.values()) {
            List<Long> took = calls.stream().filter(c -> c.kind() == kind).map(Fact.SpawnCall::kitNanos).sorted()
                    .toList();
            if (took.isEmpty()) {
                continue;
            }
            String name = kind.name().toLowerCase(Locale.ROOT);
            svg.append("<text x=\"4\" y=\"").append(row * ROW + 16).append("\">").append(name).append(": ")
                    .append(Html.duration(took.get(0))).append(" … ").append(Html.duration(took.get(took.size() / 2)))
                    .append(" … ").append(Html.duration(took.get(took.size() - 1))).append("</text>\n");
            for (long nanos : took) {
                double x = LABEL + (WIDTH - LABEL - 40) * (Math.log10(Math.max(1_000, nanos)) - low) / (high - low);
                svg.append("<circle class=\"call ").append(name).append("\" cx=\"").append(Html.coordinate(x))
                        .append("\" cy=\"").append(row * ROW + 12).append("\" r=\"3\"><title>")
                        .append(Html.duration(nanos)).append("</title></circle>\n");
            }
            row++;
        }
        for (double decade = low; decade <= high; decade++) {
            double x = LABEL + (WIDTH - LABEL - 40) * (decade - low) / (high - low);
            svg.append("<text class=\"tick\" text-anchor=\"middle\" x=\"").append(Html.coordinate(x))
                    .append("\" y=\"").append(2 * ROW + 16)
                    .append("\">").append(Html.duration((long) Math.pow(10, decade))).append("</text>\n");
        }
        svg.append("</svg>\n<p class=\"caption\">fastest … median … slowest of the measured calls; ")
                .append("warm-up calls left out</p>\n");
        return svg.toString();
    }
}
