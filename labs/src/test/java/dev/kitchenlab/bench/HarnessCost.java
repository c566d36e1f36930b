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
 * kitchen. Lab 03's reference solution runs by hand, with a 5 s tick, as a plain program and inside
 * {@link KitchenHarness} writing its events and watching its parent as a check's kitchen does, with the kitchens'
 * class-data archive as a check starts it and without. For the harness's cost at the start, a {@code main} that only
 * uses the kit, as every lab's does ({@link KitNothing}), is started the same three ways; so is one that never touches
 * the kit ({@link Nothing}), for information: run plainly, it never opens the kit's JAR, which no lab's program can
 * avoid. The kit is on the classpath as a JAR, after the student's classes, as in a student's project. The CPU time of each JVM is what bash's {@code times} reports for it, so every side is measured
 * alike.
 */
public final class HarnessCost {
    /** The most of one core the harness may take while the lab runs. */
    public static final double MOST_CPU_SHARE = 0.01;
    /** The most the harness may add to a kitchen's start, in milliseconds. */
    public static final double MOST_START_MILLIS = 10;
    private static final String LAB03 = "org.example.kitchen.lab03.ManyCooks";
    private static final int STARTS_PER_ROUND = 4;
    /**
     * The programs whose start is timed: the target's, a {@code main} that uses the kit as every lab's does, whose plain
     * run opens the kit's JAR too; and, for information, one that never touches the kit.
     */
    private static final Class<?>[] STARTS = {KitNothing.class, Nothing.class};

    private HarnessCost() {
    }

    /** One JVM from start to exit. */
    record JvmRun(double wallSeconds, double cpuSeconds, long peakRssKib) {
    }

    /** How a kitchen JVM is started: its options before the classpath, and the classpath. */
    private record Start(List<String> options, String classpath) {
    }

    /** Measures each way {@code runs} times, taking turns, so that a change in the machine's load hits every way. */
    public static List<Figure> measure(int runs) throws IOException, InterruptedException {
        List<String> kitchenOptions = LabCatalogue.select("03").get(0).jvmOptions().kitchen();
        String classpath = CookStart.studentClasspath();
        Start plainStart = new Start(kitchenOptions, classpath);
        Optional<CookStart.ArchivedStart> archive = CookStart.prepare(dev.kitchenlab.events.ClassArchive.Jvm.KITCHEN,
                classpath);
        Start archived = archive.map(a -> {
            List<String> options = new ArrayList<>(kitchenOptions);
            options.addAll(a.options());
            return new Start(options, a.classpath());
        }).orElse(plainStart);
        double[][] cpu = new double[3][runs];
        double[][] rss = new double[3][runs];
        // [program of STARTS][plain, harness, harness from the archive, plain from the archive][start]
        double[][][] start = new double[STARTS.length][4][runs * STARTS_PER_ROUND];
        double[] plainWall = new double[runs];
        Path events = Files.createTempDirectory("kitchen-benchmark-events");
        for (int i = 0; i < runs; i++) {
            JvmRun plain = run(plainStart, List.of(LAB03), Optional.empty());
            JvmRun watched = run(plainStart, List.of(KitchenHarness.class.getName(), LAB03),
                    Optional.of(events.resolve("run" + i)));
            JvmRun fromArchive = run(archived, List.of(KitchenHarness.class.getName(), LAB03),
                    Optional.of(events.resolve("archived" + i)));
            plainWall[i] = plain.wallSeconds();
            JvmRun[] ways = {plain, watched, fromArchive};
            for (int way = 0; way < ways.length; way++) {
                cpu[way][i] = ways[way].cpuSeconds();
                rss[way][i] = ways[way].peakRssKib() / 1024.0;
            }
            // A start is some 50 ms, and this machine's starts vary by several: more of them than of the lab's runs.
            for (int k = 0; k < STARTS_PER_ROUND; k++) {
                int at = i * STARTS_PER_ROUND + k;
                for (int program = 0; program < STARTS.length; program++) {
                    String main = STARTS[program].getName();
                    start[program][0][at] = run(plainStart, List.of(main), Optional.empty()).wallSeconds() * 1000;
                    start[program][1][at] = run(plainStart, List.of(KitchenHarness.class.getName(), main),
                            Optional.of(events.resolve("start" + program + "-" + at))).wallSeconds() * 1000;
                    start[program][2][at] = run(archived, List.of(KitchenHarness.class.getName(), main),
                            Optional.of(events.resolve("start" + program + "-archived" + at))).wallSeconds() * 1000;
                    start[program][3][at] = run(archived, List.of(main), Optional.empty()).wallSeconds() * 1000;
                }
            }
        }
        Samples wall = Samples.of(plainWall);
        double plainCpu = Samples.of(cpu[0]).median();
        double extraCpu = Samples.of(cpu[2]).median() - plainCpu;
        double share = extraCpu / wall.median();
        double[] extraStart = new double[STARTS.length];
        for (int program = 0; program < STARTS.length; program++) {
            extraStart[program] = Samples.of(start[program][2]).median() - Samples.of(start[program][0]).median();
        }
        String archiveNote = archive.isPresent() ? "with the kitchens' archive" : "no kitchens' archive could be built";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(4, "the harness's CPU while lab 03 runs (5 s tick), " + archiveNote,
                String.format(Locale.ROOT, "+%.3f s CPU over %.1f s: %.2f %% of a core (without the archive +%.3f s)",
                        extraCpu, wall.median(), share * 100, Samples.of(cpu[1]).median() - plainCpu),
                "plain program " + Samples.of(cpu[0]).describe("%.3f", "s CPU"), Double.NaN,
                "≤ " + MOST_CPU_SHARE * 100 + " % of a core", share <= MOST_CPU_SHARE));
        figures.add(new Figure(4, "the harness's cost at a kitchen's start (a `main` that only uses the kit, as every "
                + "lab's does), " + archiveNote, startCost(start[0], extraStart[0]),
                "plain JVM " + Samples.of(start[0][0]).describe("%.0f", "ms"), Double.NaN,
                "≤ +" + (int) MOST_START_MILLIS + " ms", extraStart[0] <= MOST_START_MILLIS));
        figures.add(Figure.info(4, "the same for an empty `main` that never touches the kit (run plainly, it leaves the "
                + "kit's JAR unopened), " + archiveNote, startCost(start[1], extraStart[1]),
                "plain JVM " + Samples.of(start[1][0]).describe("%.0f", "ms")));
        figures.add(Figure.info(4, "the harness's memory (peak RSS, lab 03), " + archiveNote,
                String.format(Locale.ROOT, "+%.1f MB: %s", Samples.of(rss[2]).median() - Samples.of(rss[0]).median(),
                        Samples.of(rss[2]).describe("%.0f", "MB")),
                "plain program " + Samples.of(rss[0]).describe("%.0f", "MB")));
        return figures;
    }

    /**
     * The harness's cost at the start for one program's starts; beside it, the harness without the archive, and the
     * harness alone, the plain program started from the same archive: what the harness costs apart from what the
     * archive saves.
     */
    private static String startCost(double[][] starts, double extra) {
        return String.format(Locale.ROOT, "%+.0f ms: %s (without the archive %+.0f ms; the harness alone, the plain "
                        + "program from the same archive %s: %+.0f ms)", extra, Samples.of(starts[2]).describe("%.0f", "ms"),
                Samples.of(starts[1]).median() - Samples.of(starts[0]).median(),
                Samples.of(starts[3]).describe("%.0f", "ms"),
                Samples.of(starts[2]).median() - Samples.of(starts[3]).median());
    }

    /** One JVM, under bash so that {@code times} reports its CPU; its peak RSS read from /proc while it runs. */
    private static JvmRun run(Start way, List<String> program, Optional<Path> events)
            throws IOException, InterruptedException {
        // The shell is the kitchen's parent, so it stands for the check that watches a kitchen: the harness starts its
        // orphan watch as in every check.
        List<String> command = new ArrayList<>(List.of("bash", "-c", "KITCHEN_INSPECTOR_PID=$$ \"$@\"; times", "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(way.options());
        command.add("-cp");
        command.add(way.classpath());
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
