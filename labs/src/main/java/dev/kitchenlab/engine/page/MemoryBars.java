package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.verdict.Figures;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lab 07's picture: for thread mode and process mode, the observer's round with the most memory while the mode ran,
 * as one bar per mode split into its processes (the kitchen, then each cook), all bars on one scale. What the memory
 * lab teaches is the difference in their lengths. Drawn with plain HTML boxes: they print, and need no script.
 */
final class MemoryBars {
    private MemoryBars() {
    }

    /** The bars, or nothing for a run whose events hold no mode (every lab but the memory lab). */
    static String of(List<Event<?>> events, Samples samples) {
        List<Fact.ModeRan> modes = events.stream().filter(e -> e.fact() instanceof Fact.ModeRan)
                .map(e -> (Fact.ModeRan) e.fact()).toList();
        if (modes.isEmpty()) {
            return "";
        }
        Map<Long, List<ProcessSample>> rounds = samples.rounds();
        List<Optional<Map.Entry<Long, List<ProcessSample>>>> largest = modes.stream().map(m -> rounds.entrySet()
                .stream().filter(r -> r.getKey() * 1_000_000 >= m.startEpochNanos()
                        && r.getKey() * 1_000_000 <= m.endEpochNanos())
                .max(Comparator.comparingLong(r -> total(r.getValue())))).toList();
        long scale = Math.max(1, largest.stream().flatMap(Optional::stream).mapToLong(r -> total(r.getValue()))
                .max().orElse(1));
        StringBuilder html = new StringBuilder("<h3>Memory: thread mode and process mode</h3>\n");
        for (int i = 0; i < modes.size(); i++) {
            Fact.ModeRan mode = modes.get(i);
            String name = mode.kind() == Fact.CookKind.THREAD ? "thread mode" : "process mode";
            if (largest.get(i).isEmpty()) {
                html.append("<p class=\"none\">").append(name).append(": the observer took no sample while it ran (")
                        .append(Html.duration(mode.endEpochNanos() - mode.startEpochNanos())).append(").</p>\n");
                continue;
            }
            List<ProcessSample> round = largest.get(i).get().getValue().stream()
                    .sorted(Comparator.comparing((ProcessSample s) -> s.pid() != samples.kitchenPid())
                            .thenComparingLong(ProcessSample::pid)).toList();
            html.append("<p class=\"caption\">").append(name).append(": ").append(round.size())
                    .append(round.size() == 1 ? " process, " : " processes, ")
                    .append(Figures.megabytes(total(round))).append(" resident together</p>\n")
                    .append("<div class=\"mem\" data-mode=\"").append(mode.kind()).append("\">");
            for (ProcessSample s : round) {
                boolean kitchen = s.pid() == samples.kitchenPid();
                html.append("<div class=\"seg").append(kitchen ? " kitchen" : "").append("\" data-pid=\"")
                        .append(s.pid()).append("\" style=\"width:")
                        .append(String.format(Locale.ROOT, "%.2f", 100.0 * s.rss() / scale)).append("%\" title=\"")
                        .append(kitchen ? "kitchen " : "cook ").append(s.pid()).append(": ")
                        .append(Figures.megabytes(s.rss())).append("\">").append(Figures.megabytes(s.rss()))
                        .append("</div>");
            }
            html.append("</div>\n");
        }
        return html.toString();
    }

    private static long total(List<ProcessSample> round) {
        return round.stream().mapToLong(ProcessSample::rss).sum();
    }
}
