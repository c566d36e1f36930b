package dev.kitchenlab.engine.watch;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.KitchenCheck;
import dev.kitchenlab.engine.ProjectProgress;
import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code kitchen:watch}: compiles what is out of date, then polls the source folders; when a file is saved it
 * recompiles the units the save touched, each on its own, and checks each saved lab that compiled. Code outside the
 * lab folders that changed re-checks the lab checked last. Runs until its thread is interrupted; the kitchens it
 * started are stopped by the engine's shutdown hook when the JVM ends (Ctrl-C).
 */
public final class Watch {
    // Saves made in several writes (an editor's temporary file, then the rename) settle within a poll or two.
    private static final int MOST_SETTLING_POLLS = 5;

    private final WatchRequest request;
    private final WatchListener listener;
    private final LabCompiler compiler;
    private SourceStamps seen;
    private Optional<Lab> lastChecked = Optional.empty();

    /**
     * A watch of this project.
     *
     * @throws IllegalStateException when this JVM has no Java compiler, saying what to do
     */
    public Watch(WatchRequest request, WatchListener listener) {
        this.request = request;
        this.listener = listener;
        this.compiler = new LabCompiler(request.options().classpath(), request.classesDir());
    }

    /** What this watch watches. */
    WatchRequest request() {
        return request;
    }

    /** Starts, then checks each save until the thread is interrupted. */
    public void run() {
        start();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(request.poll().toMillis());
                poll();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Compiles every unit whose classes are older than its sources, and checks the labs asked for first. */
    void start() {
        seen = SourceStamps.take(request.sourceRoots());
        List<CompileUnit> stale = CompileUnits.of(request.sourceRoots(), seen.files()).stream()
                .filter(this::outOfDate).toList();
        long started = System.nanoTime();
        Compiled compiled = catchUp(stale);
        if (compiled.units() == 0) {
            compiler.warmUp(request.release());
        }
        listener.caughtUp(compiled.units(), Duration.ofNanos(System.nanoTime() - started));
        listener.watching(request.sourceRoots(), request.poll(), ProjectProgress.current(request.projectDir(),
                request.classesDir(), request.options().javaFeature()));
        if (!request.firstLabs().isEmpty()) {
            List<Lab> first = LabCatalogue.select(request.firstLabs());
            Set<String> broken = stale.stream().filter(unit -> unit.lab().isPresent())
                    .filter(unit -> !compiled.labs().contains(unit.lab().get())).map(unit -> unit.lab().get().id())
                    .collect(Collectors.toSet());
            first.stream().filter(lab -> !broken.contains(lab.id())).forEach(this::check);
        }
        listener.waiting();
    }

    /** Looks once for saved files and handles them; returns whether there were any. */
    boolean poll() throws InterruptedException {
        SourceStamps now = SourceStamps.take(request.sourceRoots());
        Set<Path> changed = new LinkedHashSet<>(now.changedSince(seen));
        if (changed.isEmpty()) {
            return false;
        }
        for (int poll = 0; poll < MOST_SETTLING_POLLS; poll++) {
            Thread.sleep(Math.min(request.poll().toMillis(), 100));
            SourceStamps settled = SourceStamps.take(request.sourceRoots());
            Set<Path> still = settled.changedSince(now);
            now = settled;
            if (still.isEmpty()) {
                break;
            }
            changed.addAll(still);
        }
        seen = now;
        Set<String> touched = changed.stream().map(file -> CompileUnits.labFolderOf(request.sourceRoots(), file)
                .orElse(CompileUnits.OUTSIDE_LABS)).collect(Collectors.toSet());
        List<CompileUnit> units = CompileUnits.of(request.sourceRoots(), now.files()).stream()
                .filter(unit -> touched.contains(unit.name())).toList();
        Compiled compiled = compileAll(units, true);
        List<Lab> toCheck = new ArrayList<>(compiled.labs());
        if (toCheck.isEmpty() && compiled.outsideLabs() && lastChecked.isPresent()) {
            toCheck.add(lastChecked.get());
        }
        toCheck.forEach(this::check);
        listener.waiting();
        return true;
    }

    /** What compiled: how many units, these labs, and whether the code outside the lab folders did. */
    private record Compiled(int units, Set<Lab> labs, boolean outsideLabs) {
    }

    /**
     * Compiles what was out of date at the start: in one go when it all compiles for the project's release (one
     * compiler run is several times quicker than one per lab), else lab by lab, so that each broken lab is named.
     */
    private Compiled catchUp(List<CompileUnit> stale) {
        List<CompileUnit> atRelease = stale.stream().filter(unit -> releaseOf(unit) == request.release()).toList();
        if (atRelease.size() > 1) {
            CompileUnit together = new CompileUnit("every lab", Optional.empty(),
                    atRelease.stream().flatMap(unit -> unit.sources().stream()).toList());
            if (compiler.compile(together, request.release()).isEmpty()) {
                Compiled rest = compileAll(stale.stream().filter(unit -> !atRelease.contains(unit)).toList(), false);
                Set<Lab> labs = new LinkedHashSet<>(rest.labs());
                atRelease.forEach(unit -> unit.lab().ifPresent(labs::add));
                return new Compiled(atRelease.size() + rest.units(), labs, true);
            }
        }
        return compileAll(stale, false);
    }

    private int releaseOf(CompileUnit unit) {
        return Math.max(request.release(), unit.lab().map(Lab::minimumJdk).orElse(0));
    }

    /** Compiles the units in order, telling of each that compiled when {@code saved} (at the start, only a count). */
    private Compiled compileAll(List<CompileUnit> units, boolean saved) {
        Set<Lab> compiled = new LinkedHashSet<>();
        boolean outside = false;
        int count = 0;
        for (CompileUnit unit : units) {
            Optional<Lab> lab = unit.lab();
            if (lab.isPresent() && lab.get().minimumJdk() > Runtime.version().feature()) {
                // The check says SKIPPED, with the JDK it needs; the compiler here could not compile it anyway.
                compiled.add(lab.get());
                continue;
            }
            long started = System.nanoTime();
            List<CompileProblem> problems = compiler.compile(unit, releaseOf(unit));
            if (problems.isEmpty()) {
                count++;
                if (saved) {
                    listener.compiled(unit, Duration.ofNanos(System.nanoTime() - started));
                }
                lab.ifPresent(compiled::add);
                outside |= unit.name().equals(CompileUnits.OUTSIDE_LABS);
            } else {
                listener.notCompiled(unit, problems);
            }
        }
        return new Compiled(count, compiled, outside);
    }

    private void check(Lab lab) {
        lastChecked = Optional.of(lab);
        CheckRequest check = new CheckRequest(request.options(), request.classesDir(), request.sourceRoots(), lab.id());
        CheckReport report = KitchenCheck.run(check, listener);
        listener.checked(report, ProjectProgress.record(request.projectDir(), check, report));
    }

    /** Whether some source of the unit has no class file, or one older than it. */
    private boolean outOfDate(CompileUnit unit) {
        for (Path source : unit.sources()) {
            Optional<Path> root = request.sourceRoots().stream().filter(source::startsWith).findFirst();
            if (root.isEmpty()) {
                return true;
            }
            String relative = root.get().relativize(source).toString();
            Path classFile = request.classesDir().resolve(relative.substring(0, relative.length() - ".java".length())
                    + ".class");
            try {
                FileTime compiledAt = Files.getLastModifiedTime(classFile);
                if (compiledAt.compareTo(Files.getLastModifiedTime(source)) < 0) {
                    return true;
                }
            } catch (IOException noClass) {
                return true;
            }
        }
        return false;
    }
}
