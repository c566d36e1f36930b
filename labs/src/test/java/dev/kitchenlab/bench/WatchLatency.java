package dev.kitchenlab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target 6: from saving lab 03's file to its verdict line on {@code kitchen:watch}'s screen, beyond how long the
 * lab's {@code main} ran, measured by {@code scripts/watch-latency.sh} in tmux. The first save after the watch
 * starts is shown apart: it pays for the JIT's warm-up once a session.
 */
public final class WatchLatency {
    /** The most a save may take to its verdict, beyond the lab's own run. */
    public static final double MOST_MILLIS = 1000;
    private static final Pattern SAVE = Pattern.compile("^(\\d+) ms, ([\\d.]+) s, (-?\\d+) ms$");

    private WatchLatency() {
    }

    /** Saves lab 03 {@code saves} times in {@code project} under a watch; nothing when tmux is missing. */
    public static List<Figure> measure(Path kitRoot, Path project, int saves) throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", kitRoot.resolve("scripts/watch-latency.sh").toString(),
                project.toString(), Integer.toString(saves)).redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes());
        if (script.waitFor() != 0) {
            throw new IOException("scripts/watch-latency.sh failed:\n" + output);
        }
        List<Double> beyond = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher save = SAVE.matcher(line.strip());
            if (save.matches()) {
                beyond.add(Double.parseDouble(save.group(3)));
            }
        }
        if (beyond.size() < 2) {
            throw new IOException("scripts/watch-latency.sh measured fewer than two saves:\n" + output);
        }
        Samples later = Samples.of(beyond.subList(1, beyond.size()).stream().mapToDouble(Double::doubleValue).toArray());
        return List.of(new Figure(6, "`kitchen:watch`: save to verdict, beyond the lab's own run (saves 2–" + saves + ")",
                later.describe("%.0f", "ms"), String.format(Locale.ROOT, "first save %.0f ms", beyond.get(0)),
                Double.NaN, "≤ " + (int) MOST_MILLIS + " ms", later.median() <= MOST_MILLIS));
    }
}
