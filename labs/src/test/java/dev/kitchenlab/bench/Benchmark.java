package dev.kitchenlab.bench;

import dev.kitchenlab.engine.observe.ProcessTreeObserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The kit's performance benchmark: each figure of issue 17 beside its target, as a Markdown table the README
 * records. Run by {@code scripts/benchmark.sh}; see there for the options.
 */
public final class Benchmark {
    private Benchmark() {
    }

    /**
     * {@code [--quick] [--only 1,4] [--project DIR] [--kit DIR]}: quick measures each figure once instead of five
     * times; only names the targets to measure; the project is a generated one with every lab solved (default
     * {@code target/demo/my-kitchen}, which {@code demo.sh} leaves).
     */
    public static void main(String[] args) throws Exception {
        int runs = 5;
        Set<Integer> only = new TreeSet<>(List.of(1, 2, 3, 4, 5, 6));
        Path kit = Path.of("").toAbsolutePath();
        Path project = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> runs = 1;
                case "--only" -> {
                    only.clear();
                    Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::parseInt).forEach(only::add);
                }
                case "--project" -> project = Path.of(args[++i]).toAbsolutePath();
                case "--kit" -> kit = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + ": use --quick, --only 1,4,5, --project DIR, --kit DIR");
            }
        }
        if (project == null) {
            project = kit.resolve("target/demo/my-kitchen");
        }
        boolean needsProject = only.contains(1) || only.contains(5) || only.contains(6);
        if (needsProject && !Files.isDirectory(project.resolve("src/main/java"))) {
            throw new IllegalArgumentException("no generated project at " + project
                    + ": run bash demo.sh first (it leaves one with every lab solved), or pass --project DIR");
        }
        System.out.printf(Locale.ROOT, "Kitchen Lab benchmark · %d CPU(s) · JDK %s · %s · %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), System.getProperty("os.name"),
                runs == 1 ? "quick: each figure once" : "medians of " + runs);
        List<Figure> figures = new ArrayList<>();
        if (only.contains(1)) {
            figures.addAll(report(WholeCheck.measure(project, runs)));
        }
        if (only.contains(2)) {
            figures.addAll(report(cookStart(runs)));
        }
        if (only.contains(3)) {
            figures.addAll(report(observer(runs)));
        }
        if (only.contains(4)) {
            figures.addAll(report(HarnessCost.measure(runs)));
        }
        if (only.contains(5)) {
            figures.addAll(report(SpawnFigures.measure(project)));
        }
        if (only.contains(6)) {
            figures.addAll(report(WatchLatency.measure(kit, project, Math.max(3, runs + 1))));
        }
        System.out.println();
        System.out.println(Figure.header());
        figures.forEach(figure -> System.out.println(figure.row()));
        long missed = figures.stream().filter(f -> Boolean.FALSE.equals(f.met())).count();
        System.out.println();
        System.out.println(missed == 0 ? "every target measured was met" : missed + " target(s) not met");
    }

    /**
     * Target 2: a process pool to its first dish, one cook and as many as the machine has cores, against one bare JVM
     * started and ended in the same rounds (on the JDK this runs on; run it again with a JDK 21+ for that figure).
     */
    private static List<Figure> cookStart(int runs) throws Exception {
        CookStart.Figures start = CookStart.measure(Math.max(runs, 5));
        String bare = String.format(Locale.ROOT, "bare JVM %.0f ms", start.bareMs());
        String archive = start.archive() ? "" : " (no cook archive: the kit runs from a folder)";
        return List.of(
                new Figure(2, "one cook to its first dish, JDK " + start.jdk() + archive,
                        String.format(Locale.ROOT, "%.0f ms (without the archive %.0f ms)", start.oneCookMs(),
                                start.oneCookPlainMs()), bare, start.oneCookRatio(), "≤ 1.5×",
                        start.oneCookRatio() <= 1.5),
                new Figure(2, "a pool of " + start.cooks() + " cooks to its first dish, JDK " + start.jdk() + archive,
                        String.format(Locale.ROOT, "%.0f ms (without the archive %.0f ms)", start.poolMs(),
                                start.poolPlainMs()), bare, start.poolRatio(), "≤ 2×", start.poolRatio() <= 2));
    }

    /**
     * Target 3: the observer sampling a kitchen JVM and four children every 50 ms, through /proc and through OSHI
     * side by side; its RSS and thread counts against /proc/PID/status.
     */
    private static List<Figure> observer(int runs) throws Exception {
        double[] proc = new double[runs];
        double[] oshi = new double[runs];
        long rssError = 0;
        double rssErrorPercent = 0;
        int mismatches = 0;
        for (int i = 0; i < runs; i++) {
            for (ObserverCost.Result result : ObserverCost.measure(Duration.ofMillis(50), Duration.ofSeconds(5))) {
                if (result.source() == ProcessTreeObserver.Source.PROC) {
                    proc[i] = result.samplerCpuPercent();
                    rssError = Math.max(rssError, result.maxRssErrorBytes());
                    rssErrorPercent = Math.max(rssErrorPercent, result.maxRssErrorPercent());
                    mismatches += result.threadMismatches();
                } else {
                    oshi[i] = result.samplerCpuPercent();
                }
            }
        }
        Samples fromProc = Samples.of(proc);
        boolean exact = (rssErrorPercent <= 2 || rssError <= 2L << 20) && mismatches == 0;
        return List.of(
                new Figure(3, "the observer: 5 processes every 50 ms, sampler CPU", fromProc.describe("%.2f", "% of a core"),
                        "through OSHI " + Samples.of(oshi).describe("%.2f", "%"), fromProc.median() / Samples.of(oshi).median(),
                        "≤ 2 % of a core", fromProc.median() <= 2),
                new Figure(3, "the observer against /proc/PID/status", String.format(Locale.ROOT,
                        "RSS at most %d KiB (%.2f %%) off, %d thread count(s) wrong", rssError / 1024, rssErrorPercent,
                        mismatches), "VmRSS, Threads", Double.NaN, "RSS within 2 % or 2 MB, threads exact", exact));
    }

    private static List<Figure> report(List<Figure> figures) {
        figures.forEach(figure -> System.out.println("  " + figure.row()));
        return figures;
    }
}
