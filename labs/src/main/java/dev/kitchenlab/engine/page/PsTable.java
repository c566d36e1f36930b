package dev.kitchenlab.engine.page;

import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.verdict.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The observer's samples as {@code ps} would print them: the round in which the kitchen's tree was busiest, in
 * {@code ps u}'s columns (with {@code NLWP}, the thread count {@code ps -T} lists one by one), and a few rounds
 * across the run, so a reader sees the tree grow and shrink. The observer counts threads but does not list them:
 * the timeline above is the run's {@code ps -T}.
 */
final class PsTable {
    // Rounds shown across the run: enough to see the tree change, few enough to read.
    private static final int ROUNDS_SHOWN = 8;

    private PsTable() {
    }

    /** The tables, or a sentence saying the run kept no samples. */
    static String of(Samples samples) {
        Map<Long, List<ProcessSample>> rounds = samples.rounds();
        if (rounds.isEmpty()) {
            return "<p class=\"none\">The observer kept no samples of this run.</p>\n";
        }
        Map.Entry<Long, List<ProcessSample>> busiest = rounds.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<Long, List<ProcessSample>> r) -> r.getValue().size())
                        .thenComparingInt(r -> r.getValue().stream().mapToInt(ProcessSample::threads).sum()))
                .orElseThrow();
        long first = rounds.keySet().iterator().next();
        StringBuilder html = new StringBuilder();
        html.append("<p class=\"caption\">ps u at +").append(Html.duration((busiest.getKey() - first) * 1_000_000))
                .append(", the round with the most processes (").append(rounds.size())
                .append(" rounds sampled)</p>\n<table class=\"ps\">\n<tr><th>USER</th><th>PID</th><th>PPID</th>")
                .append("<th>%CPU</th><th>%MEM</th><th>VSZ</th><th>RSS</th><th>NLWP</th><th>STAT</th>")
                .append("<th>TIME</th><th>COMMAND</th></tr>\n");
        for (ProcessSample s : busiest.getValue()) {
            Samples.Process process = samples.process(s.pid()).orElse(new Samples.Process(s.pid(), s.ppid(), "?",
                    0, "?"));
            html.append("<tr class=\"proc\" data-pid=\"").append(s.pid()).append("\">");
            cells(html, process.user(), Long.toString(s.pid()), Long.toString(s.ppid()),
                    String.format(Locale.ROOT, "%.1f", s.cpuPercent()),
                    String.format(Locale.ROOT, "%.1f", s.memPercent()), Long.toString(s.vsz() / 1024),
                    Long.toString(s.rss() / 1024), Integer.toString(s.threads()), s.state(), time(s.cpuMillis()),
                    (s.pid() == samples.kitchenPid() ? "[kitchen] " : "") + process.command());
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        html.append("<p class=\"caption\">the tree across the run</p>\n<table class=\"rounds\">\n")
                .append("<tr><th>at</th><th>processes</th><th>threads</th><th>RSS together</th>")
                .append("<th>%CPU together</th></tr>\n");
        List<Long> times = new ArrayList<>(rounds.keySet());
        int step = Math.max(1, (times.size() + ROUNDS_SHOWN - 1) / ROUNDS_SHOWN);
        for (int i = 0; i < times.size(); i += step) {
            List<ProcessSample> round = rounds.get(times.get(i));
            html.append("<tr>");
            cells(html, "+" + Html.duration((times.get(i) - first) * 1_000_000), Integer.toString(round.size()),
                    Integer.toString(round.stream().mapToInt(ProcessSample::threads).sum()),
                    Figures.megabytes(round.stream().mapToLong(ProcessSample::rss).sum()),
                    String.format(Locale.ROOT, "%.0f", round.stream().mapToDouble(ProcessSample::cpuPercent).sum()));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return html.toString();
    }

    private static void cells(StringBuilder html, String... values) {
        for (String value : values) {
            html.append("<td>").append(Html.escape(value)).append("</td>");
        }
    }

    /** CPU time as {@code ps} prints it, {@code M:SS}, with hundredths since a lab's cooks use so little. */
    private static String time(long cpuMillis) {
        return String.format(Locale.ROOT, "%d:%05.2f", cpuMillis / 60_000, (cpuMillis % 60_000) / 1000.0);
    }
}
