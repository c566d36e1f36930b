package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One finished lab run read back from its folder: its verdict and findings ({@code result.txt}), the kitchen's last
 * lines ({@code output.txt}), the events of every JVM of the run, and the observer's samples. The page is drawn from
 * these alone, so a lab checked by another JVM (the IDE's test, an earlier check) shows as well as one checked now.
 *
 * @param dir the run's folder
 * @param finished when its result was written
 * @param verdict the run's verdict
 * @param findings its findings, in the order they were judged, each with its advice
 * @param figures the figures it was judged on, as the console shows them
 * @param output the kitchen's last lines
 * @param events every event of the run, oldest first
 * @param samples what the observer saw
 */
public record SavedRun(Path dir, Instant finished, Verdict verdict, List<Finding> findings, String figures,
                       List<String> output, List<Event<?>> events, Samples samples) {
    // RunFolder's names, repeated here: the engine writes the folder and this package must not depend on it back.
    private static final String RESULT = "result.txt";
    private static final String OUTPUT = "output.txt";
    private static final String NEXT = "  next: ";
    private static final String FIGURES = "figures: ";

    /** Keeps the lists immutable. */
    public SavedRun {
        findings = List.copyOf(findings);
        output = List.copyOf(output);
        events = List.copyOf(events);
    }

    /** The newest finished run in a lab's folder ({@code target/kitchen/lab03}), if there is one. */
    public static Optional<SavedRun> newest(Path labDir) throws IOException {
        if (!Files.isDirectory(labDir)) {
            return Optional.empty();
        }
        Optional<Path> newest;
        try (Stream<Path> runs = Files.list(labDir)) {
            newest = runs.filter(run -> Files.isRegularFile(run.resolve(RESULT)))
                    .max(Comparator.comparing(SavedRun::finishedAt));
        }
        return newest.isEmpty() ? Optional.empty() : Optional.of(read(newest.get()));
    }

    /** Reads a finished run's folder. */
    public static SavedRun read(Path dir) throws IOException {
        List<String> result = Files.readAllLines(dir.resolve(RESULT), StandardCharsets.UTF_8);
        List<Finding> findings = new ArrayList<>();
        String figures = "";
        // A message may run over several lines: a line that starts nothing new belongs to the finding before it.
        for (String line : result.subList(Math.min(1, result.size()), result.size())) {
            Optional<Finding> started = finding(line);
            int last = findings.size() - 1;
            if (started.isPresent()) {
                findings.add(started.get());
            } else if (line.startsWith(FIGURES)) {
                figures = line.substring(FIGURES.length());
            } else if (line.startsWith(NEXT) && last >= 0) {
                Finding f = findings.get(last);
                findings.set(last, new Finding(f.expectation(), f.verdict(), f.message(),
                        line.substring(NEXT.length())));
            } else if (last >= 0) {
                Finding f = findings.get(last);
                findings.set(last, new Finding(f.expectation(), f.verdict(), f.message() + "\n" + line, f.advice()));
            }
        }
        Verdict verdict = findings.stream().map(Finding::verdict).reduce(Verdict.PASS, Verdict::combine);
        Path output = dir.resolve(OUTPUT);
        List<String> lines = Files.isRegularFile(output) ? Files.readAllLines(output, StandardCharsets.UTF_8)
                : List.of();
        return new SavedRun(dir, finishedAt(dir), verdict, findings, figures, lines,
                EventFiles.readAll(dir.resolve("events")), SampleFile.read(dir));
    }

    /** {@code FAIL [about one tick] your cooks took turns…}, as {@code RunFolder} writes a finding. */
    private static Optional<Finding> finding(String line) {
        int open = line.indexOf(" [");
        int close = line.indexOf("] ", open + 2);
        if (open < 0 || close < 0) {
            return Optional.empty();
        }
        try {
            Verdict verdict = Verdict.valueOf(line.substring(0, open));
            return Optional.of(new Finding(line.substring(open + 2, close), verdict, line.substring(close + 2), ""));
        } catch (IllegalArgumentException notAVerdict) {
            return Optional.empty();
        }
    }

    private static Instant finishedAt(Path run) {
        try {
            return Files.getLastModifiedTime(run.resolve(RESULT)).toInstant();
        } catch (IOException gone) {
            return Instant.EPOCH;
        }
    }
}
