package dev.kitchenlab.bench;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.harness.KitchenHarness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Target 4: what the kit's harness (the thread watcher, the line capture, the side channel) costs inside the
 * kitchen. Lab 03's reference solution runs by hand, with a 5 s tick, once as a plain program and once inside
 * {@link KitchenHarness} writing its events as a check would; and an empty {@code main} is started both ways for the
 * harness's cost at the start. The CPU time of each JVM is what bash's {@code times} reports for it, so both sides
 * are measured alike.
 */
public final class HarnessCost {
    /** The most of one core the harness may take while the lab runs. */
    public static final double MOST_CPU_SHARE = 0.01;
    /** The most the harness may add to a kitchen's start, in milliseconds. */
    public static final double MOST_START_MILLIS = 10;
    private static final String LAB03 = "org.example.kitchen.lab03.ManyCooks";

    private HarnessCost() {
    }

    /** One JVM from start to exit. */
    record JvmRun(double wallSeconds, double cpuSeconds, long peakRssKib) {
    }

    /** Measures each way {@code runs} times, alternating, so that a change in the machine's load hits both. */
    public static List<Figure> measure(List<Path> classpath, int runs) throws IOException, InterruptedException {
        List<String> kitchenOptions = LabCatalogue.select("03").get(0).jvmOptions().kitchen();
        double[] plainCpu = new double[runs];
        double[] harnessCpu = new double[runs];
        double[] plainWall = new double[runs];
        double[] plainRss = new double[runs];
        double[] harnessRss = new double[runs];
        double[] plainStart = new double[runs];
        double[] harnessStart = new double[runs];
        Path events = Files.createTempDirectory("kitchen-benchmark-events");
        for (int i = 0; i < runs; i++) {
            JvmRun plain = run(classpath, kitchenOptions, List.of(LAB03), Optional.empty());
            JvmRun watched = run(classpath, kitchenOptions, List.of(KitchenHarness.class.getName(), LAB03),
                    Optional.of(events.resolve("run" + i)));
            plainCpu[i] = plain.cpuSeconds();
            harnessCpu[i] = watched.cpuSeconds();
            plainWall[i] = plain.wallSeconds();
            plainRss[i] = plain.peakRssKib() / 1024.0;
            harnessRss[i] = watched.peakRssKib() / 1024.0;
            plainStart[i] = run(classpath, kitchenOptions, List.of(Nothing.class.getName()), Optional.empty())
                    .wallSeconds() * 1000;
            harnessStart[i] = run(classpath, kitchenOptions, List.of(KitchenHarness.class.getName(),
                    Nothing.class.getName()), Optional.of(events.resolve("nothing" + i))).wallSeconds() * 1000;
        }
        Samples wall = Samples.of(plainWall);
        double extraCpu = Samples.of(harnessCpu).median() - Samples.of(plainCpu).median();
        double share = extraCpu / wall.median();
        double extraStart = Samples.of(harnessStart).median() - Samples.of(plainStart).median();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(4, "the harness's CPU while lab 03 runs (5 s tick)",
                String.format(Locale.ROOT, "+%.3f s CPU over %.1f s: %.2f %% of a core", extraCpu, wall.median(),
                        share * 100),
                "plain program " + Samples.of(plainCpu).describe("%.3f", "s CPU"), Double.NaN,
                "≤ " + MOST_CPU_SHARE * 100 + " % of a core", share <= MOST_CPU_SHARE));
        figures.add(new Figure(4, "the harness's cost at a kitchen's start (empty `main`)",
                String.format(Locale.ROOT, "+%.0f ms: %s", extraStart, Samples.of(harnessStart).describe("%.0f", "ms")),
                "plain JVM " + Samples.of(plainStart).describe("%.0f", "ms"), Double.NaN,
                "≤ +" + (int) MOST_START_MILLIS + " ms", extraStart <= MOST_START_MILLIS));
        figures.add(Figure.info(4, "the harness's memory (peak RSS, lab 03)",
                String.format(Locale.ROOT, "+%.1f MB: %s", Samples.of(harnessRss).median() - Samples.of(plainRss).median(),
                        Samples.of(harnessRss).describe("%.0f", "MB")),
                "plain program " + Samples.of(plainRss).describe("%.0f", "MB")));
        return figures;
    }

    /** One JVM, under bash so that {@code times} reports its CPU; its peak RSS read from /proc while it runs. */
    static JvmRun run(List<Path> classpath, List<String> options, List<String> program, Optional<Path> events)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$@\"; times", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.addAll(program);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KITCHEN_TICK", "5s");
        if (events.isPresent()) {
            Files.createDirectories(events.get());
            builder.environment().put("KITCHEN_EVENTS_DIR", events.get().toString());
            builder.environment().put("KITCHEN_RUN", "benchmark-" + ProcessHandle.current().pid());
        }
        long start = System.nanoTime();
        Process bash = builder.start();
        PeakRss peak = PeakRss.watch(bash.toHandle());
        String output = new String(bash.getInputStream().readAllBytes());
        bash.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        peak.stop();
        // times prints the shell's own times, then its children's: "0m0.210s 0m0.034s" on the last line.
        String[] lines = output.strip().split("\n");
        String[] children = lines[lines.length - 1].trim().split("\\s+");
        return new JvmRun(wall, seconds(children[0]) + seconds(children[1]), peak.kib());
    }

    private static double seconds(String bashTime) {
        int m = bashTime.indexOf('m');
        return Integer.parseInt(bashTime.substring(0, m)) * 60
                + Double.parseDouble(bashTime.substring(m + 1, bashTime.length() - 1));
    }
}
