package dev.kitchenlab.engine.page;

import dev.kitchenlab.engine.page.Cooks.Cook;
import dev.kitchenlab.engine.page.Cooks.Span;
import dev.kitchenlab.engine.page.Cooks.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws a run's timeline as inline SVG: one row per cook (cooks of one name, one after another, share a row), a
 * thin line for its life, a bar per piece of its work ({@code class="bar"}, with {@code data-cook} and its start and
 * end in milliseconds from the timeline's start, so a test counts and compares them as a reader's eye does), a
 * lighter stripe while it slept through the kit, and a dot per line it printed. Drawn by hand: a few rectangles on
 * one axis need no charting library, and the page must carry no script and reach no network.
 */
final class TimelineSvg {
    // Rows past this are counted, not drawn: a stress lab starts hundreds of threads, and the page must stay small.
    static final int MOST_ROWS = 24;
    // Dots past this on one row are not drawn: a cook may print thousands of lines, each a dot on top of the last.
    private static final int MOST_DOTS = 60;
    private static final int WIDTH = 960;
    private static final int LABEL = 150;
    private static final int ROW = 20;
    private static final int AXIS = 24;
    // Room right of the last instant for the axis's last label.
    private static final int RIGHT = 30;

    private TimelineSvg() {
    }

    /** The timeline, or a sentence saying why there is none. */
    static String of(Timeline timeline) {
        if (timeline.cooks().isEmpty() && timeline.main().isEmpty()) {
            return "<p class=\"none\">No cook reported anything: the run's events hold no thread or process "
                    + "of the lab's program.</p>\n";
        }
        long start = timeline.startNanos();
        long span = Math.max(1, timeline.endNanos() - start);
        List<List<Cook>> rows = rows(timeline.cooks());
        int drawn = Math.min(MOST_ROWS, rows.size());
        int height = (drawn + (timeline.main().isPresent() ? 1 : 0)) * ROW + AXIS;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" role=\"img\">\n");
        svg.append("<title>When each cook worked, on the run's one clock</title>\n");
        Scale x = new Scale(start, span);
        int row = 0;
        if (timeline.main().isPresent()) {
            Span main = timeline.main().get();
            label(svg, row, "main (kitchen)");
            rect(svg, "main", x.at(main.startNanos()), row * ROW + 7, x.width(main), 6,
                    "main: " + Html.duration(main.endNanos() - main.startNanos()), "");
            row++;
        }
        for (List<Cook> cooks : rows.subList(0, drawn)) {
            label(svg, row, cooks.get(0).name() + (cooks.get(0).process() ? "" : " (thread)")
                    + (cooks.size() > 1 ? " ×" + cooks.size() : ""));
            for (Cook cook : cooks) {
                row(svg, row, cook, x);
            }
            row++;
        }
        axis(svg, row * ROW, span);
        svg.append("</svg>\n");
        svg.append("<p class=\"legend\">a bar: a dish a cook cooked (a cook that took no dish: its whole life) · ")
                .append("grey line: the cook seen alive · light stripe: asleep in Tick.sleep · dot: a line it ")
                .append("printed (hover for the text) · one clock for every JVM of the run</p>\n");
        int hidden = rows.subList(drawn, rows.size()).stream().mapToInt(List::size).sum();
        if (hidden > 0) {
            svg.append("<p class=\"none\">").append(hidden).append(" more cooks are not drawn (")
                    .append(timeline.cooks().size()).append(" seen in all).</p>\n");
        }
        return svg.toString();
    }

    /**
     * The cooks in rows: a cook shares the row of an earlier one of the same name that was gone before it came, so a
     * lab that starts its two cooks afresh for each of 200 rounds shows two rows of bars, not 400 rows of one.
     */
    private static List<List<Cook>> rows(List<Cook> cooks) {
        List<List<Cook>> rows = new ArrayList<>();
        for (Cook cook : cooks) {
            Optional<List<Cook>> free = rows.stream().filter(r -> r.get(0).name().equals(cook.name())
                    && r.get(0).process() == cook.process() && r.get(r.size() - 1).goneNanos() < cook.bornNanos())
                    .findFirst();
            free.ifPresentOrElse(r -> r.add(cook), () -> rows.add(new ArrayList<>(List.of(cook))));
        }
        return rows;
    }

    private static void row(StringBuilder svg, int row, Cook cook, Scale x) {
        int y = row * ROW;
        String attrs = " data-cook=\"" + Html.escape(cook.name()) + "\"";
        rect(svg, "life", x.at(cook.bornNanos()), y + 9, x.width(cook.bornNanos(), cook.goneNanos()), 2,
                cook.name() + " seen for " + Html.duration(cook.goneNanos() - cook.bornNanos()), attrs);
        for (Span work : cook.work()) {
            long from = work.startNanos() - x.start;
            long to = work.endNanos() - x.start;
            rect(svg, "bar", x.at(work.startNanos()), y + 3, x.width(work), 14,
                    cook.name() + ": " + work.what() + ", " + Html.duration(work.endNanos() - work.startNanos()),
                    attrs + " data-start-ms=\"" + from / 1_000_000 + "\" data-end-ms=\"" + to / 1_000_000 + "\"");
            // The dish's name on its bar, where it fits: four names in a row read as four dishes in turn.
            double width = x.width(work);
            if (width > 40 && !work.what().equals(Cooks.WHOLE_LIFE)) {
                int fits = (int) (width / 7);
                String what = work.what().length() > fits ? work.what().substring(0, Math.max(1, fits - 1)) + "…"
                        : work.what();
                svg.append("<text class=\"dish\" x=\"").append(Html.coordinate(x.at(work.startNanos()) + 4))
                        .append("\" y=\"").append(y + 13).append("\">").append(Html.escape(what)).append("</text>\n");
            }
        }
        for (Span sleep : cook.sleeps()) {
            rect(svg, "sleep", x.at(sleep.startNanos()), y + 15, x.width(sleep), 2,
                    cook.name() + " slept " + Html.duration(sleep.endNanos() - sleep.startNanos()), attrs);
        }
        for (Cooks.Said said : cook.lines().subList(0, Math.min(MOST_DOTS, cook.lines().size()))) {
            svg.append("<circle class=\"said\" cx=\"").append(Html.coordinate(x.at(said.epochNanos())))
                    .append("\" cy=\"").append(y + 10).append("\" r=\"3\"><title>").append(Html.escape(said.text()))
                    .append("</title></circle>\n");
        }
    }

    private static void label(StringBuilder svg, int row, String text) {
        svg.append("<text class=\"who\" x=\"4\" y=\"").append(row * ROW + 14).append("\">")
                .append(Html.escape(text.length() > 22 ? text.substring(0, 21) + "…" : text)).append("</text>\n");
    }

    private static void rect(StringBuilder svg, String kind, double x, int y, double width, int height,
                             String title, String attrs) {
        svg.append("<rect class=\"").append(kind).append('"').append(attrs).append(" x=\"")
                .append(Html.coordinate(x)).append("\" y=\"").append(y).append("\" width=\"")
                .append(Html.coordinate(width)).append("\" height=\"").append(height).append("\"><title>")
                .append(Html.escape(title)).append("</title></rect>\n");
    }

    /** Ticks at a round step (1, 2, 5, 10, 20 … ms), at most eight across. */
    private static void axis(StringBuilder svg, int y, long spanNanos) {
        double spanMillis = spanNanos / 1e6;
        double[] mantissas = {1, 2, 5};
        double step = 1;
        for (int i = 1; spanMillis / step > 8; i++) {
            step = mantissas[i % 3] * Math.pow(10, i / 3);
        }
        svg.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(y + 2).append("\" x2=\"")
                .append(WIDTH).append("\" y2=\"").append(y + 2).append("\"/>\n");
        for (double t = 0; t <= spanMillis; t += step) {
            double at = LABEL + (WIDTH - LABEL - RIGHT) * t / spanMillis;
            svg.append("<text class=\"tick\" text-anchor=\"middle\" x=\"").append(Html.coordinate(at))
                    .append("\" y=\"").append(y + 16).append("\">").append(Html.duration((long) (t * 1e6)))
                    .append("</text>\n");
        }
    }

    /** From the run's clock to the drawing's: the timeline's start at the label column's edge. */
    private static final class Scale {
        private final long start;
        private final double perNano;

        Scale(long start, long spanNanos) {
            this.start = start;
            this.perNano = (WIDTH - LABEL - RIGHT) / (double) spanNanos;
        }

        double at(long nanos) {
            return LABEL + (nanos - start) * perNano;
        }

        double width(Span span) {
            return width(span.startNanos(), span.endNanos());
        }

        // At least a line's width, so a piece of work of a few microseconds still shows.
        double width(long from, long to) {
            return Math.max(1.5, (to - from) * perNano);
        }
    }
}
