package dev.kitchenlab.bench;

import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.kitchen.EmptyCook;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target 5: lab 06's figures held against measurements of the same operations made outside the kit. The lab's are
 * those of {@code mvn kitchen:check -Dlab=06} in a solved project (the median of its measured calls, read from the
 * check's {@code TEST-kitchen.lab06.xml}); the thread's reference is {@link ThreadStart} in JMH, the process's the
 * empty cook's launch, {@link EmptyCook#command()} started and waited for from a plain JVM with the cooks' options
 * and a student's classpath.
 */
final class SpawnFigures {
    /** How far the lab's thread figure may be from JMH's, as a share of it. */
    static final double THREAD_MARGIN = 0.25;
    /** How far the lab's process figure may be from the outside measurement's, as a share of it. */
    static final double PROCESS_MARGIN = 0.10;
    private static final int LAUNCHES = 20;
    private static final int WARM_UP = 3;
    private static final Pattern THREAD = Pattern.compile("thread ([\\d.]+) ms");
    private static final Pattern PROCESS = Pattern.compile("process ([\\d.]+) ms");

    private SpawnFigures() {
    }

    /** Checks lab 06 in {@code project}, then measures both references. */
    static List<Figure> measure(Path project) throws IOException, InterruptedException, RunnerException {
        Maven.run(project, "kitchen:check", "-Dlab=06", "-Dkitchen.tick=1s");
        String figures = labFigures(project.resolve("target/kitchen/TEST-kitchen.lab06.xml"));
        double labThreadMs = number(THREAD, figures);
        double labProcessMs = number(PROCESS, figures);
        double jmhMs = jmhThreadMillis();
        double outsideMs = outsideLaunchMillis();
        double threadRatio = labThreadMs / jmhMs;
        double processRatio = labProcessMs / outsideMs;
        return List.of(
                new Figure(5, "lab 06's thread figure (median of its measured calls)",
                        String.format(Locale.ROOT, "%.3f ms", labThreadMs),
                        String.format(Locale.ROOT, "JMH %.3f ms (median, warmed up)", jmhMs), threadRatio,
                        "within 25 %", Math.abs(threadRatio - 1) <= THREAD_MARGIN),
                new Figure(5, "lab 06's process figure (median of its measured calls)",
                        String.format(Locale.ROOT, "%.1f ms", labProcessMs),
                        String.format(Locale.ROOT, "the same launch from outside %.1f ms (median of %d)", outsideMs,
                                LAUNCHES), processRatio, "within 10 %", Math.abs(processRatio - 1) <= PROCESS_MARGIN));
    }

    private static String labFigures(Path report) throws IOException {
        Matcher figures = Pattern.compile("name=\"kitchen.figures\" value=\"([^\"]*)\"").matcher(Files.readString(report));
        if (!figures.find()) {
            throw new IOException(report + " holds no figures of lab 06");
        }
        return figures.group(1);
    }

    private static double number(Pattern pattern, String figures) throws IOException {
        Matcher found = pattern.matcher(figures);
        if (!found.find()) {
            throw new IOException("lab 06's figures hold no " + pattern.pattern() + ": " + figures);
        }
        return Double.parseDouble(found.group(1));
    }

    /** JMH's median for one empty thread started and joined, in milliseconds. */
    private static double jmhThreadMillis() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(ThreadStart.class.getName())
                .verbosity(VerboseMode.SILENT).build()).run();
        // SampleTime in microseconds: its statistics hold every sampled call.
        return results.iterator().next().getPrimaryResult().getStatistics().getPercentile(50) / 1000;
    }

    /** The empty cook launched and waited for from this JVM, as lab 06's runProcess does: the median in ms. */
    private static double outsideLaunchMillis() throws IOException, InterruptedException {
        Path events = Files.createTempDirectory("kitchen-benchmark-spawn");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(KitchenEnvironment.FAST_START_COOK_OPTIONS);
        command.addAll(List.of("-cp", CookStart.studentClasspath(), EmptyCook.class.getName()));
        double[] millis = new double[LAUNCHES];
        for (int i = -WARM_UP; i < LAUNCHES; i++) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("KITCHEN_EVENTS_DIR", events.toString());
            long start = System.nanoTime();
            Process cook = builder.start();
            cook.waitFor();
            if (i >= 0) {
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        try (var files = Files.list(events)) {
            files.map(Path::toFile).forEach(File::delete);
        }
        Files.deleteIfExists(events);
        return Samples.of(millis).median();
    }
}
