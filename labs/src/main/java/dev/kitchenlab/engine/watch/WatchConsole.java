package dev.kitchenlab.engine.watch;

import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.events.Durations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The words of a watch beside its checks' own: what it watches, what compiled, and where a lab does not compile, in
 * the {@code path:line:column} form terminals and editors follow.
 */
public final class WatchConsole {
    // A lab with a hundred errors is one mistake early on: the first few say where.
    private static final int MOST_PROBLEMS = 5;
    private final Path projectDir;

    /** Paths are shown relative to {@code projectDir}. */
    public WatchConsole(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /** The opening lines: the folders polled, how often, and where the project stands. */
    public List<ConsoleLine> watching(List<Path> sourceRoots, Duration poll, ProgressSummary progress) {
        String folders = sourceRoots.stream().map(this::shown).collect(Collectors.joining(", "));
        return List.of(info("Watching " + folders + " (a look every " + Durations.format(poll)
                        + "): save a lab's file and that lab is compiled and checked. Ctrl-C stops the watch."),
                info(progress.tally() + "; " + progress.nextStep().replace("mvn kitchen:check -Dlab=",
                        "save it, or mvn kitchen:check -Dlab=")));
    }

    /** What the watch compiled before it began, if anything. */
    public List<ConsoleLine> caughtUp(int units, Duration took) {
        return units == 0 ? List.of() : List.of(info("Compiled " + units + (units == 1 ? " folder" : " folders")
                + " whose classes were older than their sources, in " + seconds(took)));
    }

    /** A unit compiled. */
    public ConsoleLine compiled(CompileUnit unit, Duration took) {
        return info(unit.name() + " compiled in " + seconds(took));
    }

    /** A unit did not compile: each error where it is, then what happens next. */
    public List<ConsoleLine> notCompiled(CompileUnit unit, List<CompileProblem> problems) {
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(error(unit.name() + " does not compile (" + problems.size()
                + (problems.size() == 1 ? " error" : " errors")
                + "); it is checked again when you save it, and the other labs are still watched:"));
        problems.stream().limit(MOST_PROBLEMS).forEach(problem -> lines.add(error("  " + where(problem)
                + problem.message().lines().findFirst().orElse(""))));
        if (problems.size() > MOST_PROBLEMS) {
            lines.add(error("  … and " + (problems.size() - MOST_PROBLEMS) + " more; the first one often causes the"
                    + " rest"));
        }
        return lines;
    }

    /** The line under each check: the watch waits for the next save. */
    public ConsoleLine waiting() {
        return info("Waiting for a save… (Ctrl-C stops the watch)");
    }

    private static String seconds(Duration took) {
        double seconds = took.toNanos() / 1e9;
        return String.format(Locale.ROOT, seconds < 1 ? "%.2f s" : "%.1f s", seconds);
    }

    private String where(CompileProblem problem) {
        if (problem.file() == null) {
            return "";
        }
        return shown(problem.file()) + (problem.line() > 0 ? ":" + problem.line() : "")
                + (problem.column() > 0 ? ":" + problem.column() : "") + ": ";
    }

    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute).toString() : absolute.toString();
    }

    private static ConsoleLine info(String text) {
        return new ConsoleLine(ConsoleLine.Level.INFO, text);
    }

    private static ConsoleLine error(String text) {
        return new ConsoleLine(ConsoleLine.Level.ERROR, text);
    }
}
