package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A lab run's folder written by hand, event by event, as the engine's run folders are laid out. */
final class MadeUpRun {
    static final long KITCHEN = 4100;
    static final long MAIN_THREAD = 1;
    // Some instant of the run's one clock; every event is placed in milliseconds after it.
    static final long T0 = 1_800_000_000_000_000_000L;

    private final Path dir;
    private final List<Event<?>> kitchen = new ArrayList<>();
    private final List<List<Event<?>>> cooks = new ArrayList<>();
    private final List<String> result = new ArrayList<>();

    private MadeUpRun(Path dir) {
        this.dir = dir;
        kitchen.add(event(0, KITCHEN, MAIN_THREAD, "main", new Fact.Hello(Fact.Role.KITCHEN, 1)));
        kitchen.add(event(1, KITCHEN, MAIN_THREAD, "main", new Fact.MainStarted("org.example.lab03.ManyCooks")));
    }

    /** A run in {@code workDir/labNN/name}. */
    static MadeUpRun in(Path workDir, String lab, String name) {
        return new MadeUpRun(workDir.resolve(lab).resolve(name));
    }

    static Event<?> event(long millis, long pid, long thread, String name, Fact fact) {
        return new Event<>(T0 + millis * 1_000_000, pid, thread, name, fact);
    }

    /** A kitchen thread that took a dish from {@code from} to {@code to} ms, sleeping through it and greeting. */
    MadeUpRun dish(long thread, String name, long from, long to, String greeting) {
        kitchen.add(event(from, KITCHEN, thread, name, new Fact.DishStarted(greeting, 7)));
        kitchen.add(event(to - 1, KITCHEN, thread, name, new Fact.Slept(T0 + from * 1_000_000, 1)));
        kitchen.add(event(to - 1, KITCHEN, thread, name, new Fact.OutputLine(Fact.Stream.OUT, greeting, true)));
        kitchen.add(event(to, KITCHEN, thread, name, new Fact.DishFinished(greeting)));
        return this;
    }

    /** A plain thread of the kitchen, seen from {@code from} to {@code to} ms. */
    MadeUpRun thread(long thread, String name, long from, long to) {
        kitchen.add(event(from, KITCHEN, thread, name, new Fact.ThreadSeen(false)));
        kitchen.add(event(to, KITCHEN, thread, name, new Fact.ThreadGone()));
        return this;
    }

    /** A cook process that checked in at {@code from} ms and took a dish until {@code to}. */
    MadeUpRun process(long pid, long from, long to) {
        cooks.add(List.of(event(from, pid, 1, "main", new Fact.Hello(Fact.Role.COOK, KITCHEN)),
                event(from + 1, pid, 1, "main", new Fact.DishStarted("a dish", 9)),
                event(to, pid, 1, "main", new Fact.DishFinished("a dish"))));
        return this;
    }

    /** Something the kitchen's main thread reported, {@code millis} after the start. */
    MadeUpRun kitchenFact(long millis, Fact fact) {
        kitchen.add(event(millis, KITCHEN, MAIN_THREAD, "main", fact));
        return this;
    }

    /** A line of result.txt, after the first. */
    MadeUpRun result(String line) {
        result.add(line);
        return this;
    }

    /** Writes the folder, with the kitchen's last lines and the observer's samples. */
    Path write(List<String> output, List<ProcessRecord> processes) throws IOException {
        EventFiles.write(dir.resolve("events"), "kitchen-" + KITCHEN, kitchen);
        for (List<Event<?>> cook : cooks) {
            EventFiles.write(dir.resolve("events"), "cook-" + cook.get(0).pid(), cook);
        }
        Files.write(dir.resolve("output.txt"), output, StandardCharsets.UTF_8);
        List<Long> times = processes.stream().flatMap(p -> p.samples().stream()).map(ProcessSample::epochMillis)
                .distinct().sorted().toList();
        SampleFile.write(dir, new ProcessTree(KITCHEN, processes, times, 8_000_000_000L));
        List<String> lines = new ArrayList<>(List.of("03 cooks: made up"));
        lines.addAll(result);
        Files.write(dir.resolve("result.txt"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    /** A process as the observer saw it, in one sample per given instant (ms after the start), {@code rss} each. */
    static ProcessRecord seen(long pid, long ppid, long rss, long... millis) {
        List<ProcessSample> samples = new ArrayList<>();
        for (long at : millis) {
            samples.add(new ProcessSample(pid, ppid, T0 / 1_000_000 + at, 40, 12.5, 0.5, rss, 3 * rss, 17,
                    "sleeping", -1));
        }
        return new ProcessRecord(pid, ppid, "cook", "java -cp kit.jar Kitchen", T0 / 1_000_000, samples);
    }
}
