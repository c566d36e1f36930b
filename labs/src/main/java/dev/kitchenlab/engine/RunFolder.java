package dev.kitchenlab.engine;

import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The working folder of one run of one lab ({@code target/kitchen/lab03/run-20261129-013502-4821…}), made anew for
 * every run so that any number of checks (the terminal, the IDE, a watch) can run at once on one project without
 * touching each other's files. A run is finished when its {@value #RESULT} is in place, written under a temporary
 * name and moved there, so no reader ever sees it half-written. Only finished runs are pruned, the newest kept.
 */
final class RunFolder {
    /** The file that marks a run finished: its verdict and findings. */
    static final String RESULT = "result.txt";
    /** The kitchen's last lines, as it printed them. */
    static final String OUTPUT = "output.txt";

    /** In {@value #RESULT}, the line after a finding that says what to do next starts with this. */
    static final String NEXT = "  next: ";

    private static final String PREFIX = "run-";
    private static final int KEEP = 3;
    // A run still unfinished after this was abandoned (its inspector killed): a lab's own timeout is far shorter.
    private static final Duration ABANDONED = Duration.ofDays(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-");

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** A new run folder for the lab whose folder is {@code labDir}, after pruning its old finished runs. */
    static RunFolder create(Path labDir) throws IOException {
        Files.createDirectories(labDir);
        prune(labDir);
        return new RunFolder(Files.createTempDirectory(labDir, PREFIX + STAMP.format(LocalDateTime.now())));
    }

    /** The folder itself. */
    Path dir() {
        return dir;
    }

    /** Where the kitchen and its cooks write their events. */
    Path events() throws IOException {
        return Files.createDirectories(dir.resolve("events"));
    }

    /** A name for this run, unique on this machine: it marks every process of the run. */
    String id() {
        return dir.getParent().getFileName() + "-" + dir.getFileName();
    }

    /** Keeps the kitchen's last lines, stdout and stderr as they came, for the reports. */
    void keepOutput(List<String> lines) throws IOException {
        Files.write(dir.resolve(OUTPUT), lines, StandardCharsets.UTF_8);
    }

    /** Writes the run's result, under a temporary name first, and so marks it finished. */
    void finish(LabResult result) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(result.labId() + " " + result.labName() + ": " + result.verdict());
        for (Finding finding : result.findings()) {
            lines.add(finding.verdict() + " [" + finding.expectation() + "] " + finding.message());
            if (!finding.advice().isBlank()) {
                lines.add(NEXT + finding.advice());
            }
        }
        lines.add("figures: " + result.figures().summary());
        Path temporary = dir.resolve(RESULT + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, dir.resolve(RESULT), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, dir.resolve(RESULT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes all but the newest finished runs, and runs abandoned long ago; never a run in progress. */
    private static void prune(Path labDir) throws IOException {
        List<Path> runs;
        try (Stream<Path> entries = Files.list(labDir)) {
            runs = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        int finished = 0;
        for (Path run : runs) {
            boolean done = Files.exists(run.resolve(RESULT));
            if (done && ++finished <= KEEP) {
                continue;
            }
            if (done || abandoned(run)) {
                deleteQuietly(run);
            }
        }
    }

    private static boolean abandoned(Path run) {
        try {
            return Files.getLastModifiedTime(run).toInstant().isBefore(Instant.now().minus(ABANDONED));
        } catch (IOException gone) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException inUse) {
            // Another check is deleting it too, or a file is held open: it goes next time.
        }
    }
}
