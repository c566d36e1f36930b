package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.progress.Progress;
import dev.kitchenlab.engine.progress.ProgressBook;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds a check's verdicts to the project's progress in {@code .kitchen/} and tallies the whole project, so that a
 * check of one lab ({@code -Dlab=03}) still says how far the student is: labs not checked this time keep their
 * last verdict.
 */
public final class ProjectProgress {
    private ProjectProgress() {
    }

    /**
     * Records the check and returns the tally over every lab this project holds and this JDK can run. A folder the
     * kit cannot write is no reason to fail a check: the tally is then this check's alone, and says why.
     */
    public static ProgressSummary record(Path projectDir, CheckRequest request, CheckReport report) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Set<String> skippedNow = new HashSet<>();
        for (LabResult result : report.results()) {
            switch (result.verdict()) {
                case SKIPPED -> skippedNow.add(result.labId());
                // an ERROR is the kit's or the machine's fault: it says nothing of the student's lab
                case ERROR -> { }
                default -> verdicts.put(result.labId(), result.verdict());
            }
        }
        List<Lab> runnable = runnable(request.classesDir(), request.options().javaFeature()).stream()
                .filter(lab -> !skippedNow.contains(lab.id())).toList();
        ProgressBook book = new ProgressBook(new KitchenFolder(projectDir));
        try {
            return book.record(verdicts).summarize(runnable);
        } catch (UncheckedIOException cannotWrite) {
            Progress thisCheckOnly = book.read();
            for (Map.Entry<String, Verdict> verdict : verdicts.entrySet()) {
                thisCheckOnly = thisCheckOnly.with(verdict.getKey(), verdict.getValue());
            }
            ProgressSummary summary = thisCheckOnly.summarize(runnable);
            return new ProgressSummary(summary.done(), summary.runnable(), summary.next(), "the progress could not be "
                    + "kept: " + cannotWrite.getMessage() + "; make the folder " + KitchenFolder.NAME
                    + " in the project writable (or delete a file of that name) and check again");
        }
    }

    /**
     * Where the project stands now, from its kept progress, without a check: what {@code kitchen:watch} shows when it
     * starts. A progress file the kit cannot read counts as no progress.
     */
    public static ProgressSummary current(Path projectDir, Path classesDir, int javaFeature) {
        return new ProgressBook(new KitchenFolder(projectDir)).read().summarize(runnable(classesDir, javaFeature));
    }

    /** The labs this project holds that a JDK of this release can run. */
    private static List<Lab> runnable(Path classesDir, int javaFeature) {
        return labsInProject(classesDir).stream().filter(lab -> lab.minimumJdk() <= javaFeature).toList();
    }

    /** The labs whose class this project's compiled classes hold (one held twice counts once), in the talk's order. */
    private static List<Lab> labsInProject(Path classesDir) {
        LabLocator locator = new LabLocator(classesDir);
        return LabCatalogue.all().stream().filter(lab -> {
            try {
                return locator.find(lab).isPresent();
            } catch (IllegalStateException twoCopies) {
                return true;
            }
        }).toList();
    }
}
