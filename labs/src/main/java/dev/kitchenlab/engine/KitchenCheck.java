package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.page.ReportPage;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole check: measures the machine, warns of a tick too short to judge timing, finds each selected lab in the
 * project, runs and judges it (again, on its own, while it comes back INCONCLUSIVE:
 * {@link RunOptions#inconclusiveReruns()}), and tells a listener as it goes. What {@code mvn kitchen:check} and the
 * student's JUnit tests both call.
 */
public final class KitchenCheck {
    private KitchenCheck() {
    }

    /**
     * Runs the check.
     *
     * @throws IllegalArgumentException when the selector names no lab, listing the labs there are
     */
    public static CheckReport run(CheckRequest request, CheckListener listener) {
        return run(request, listener, EarlierVerdicts.NONE);
    }

    /**
     * Runs the check, taking the verdict a lab already has in {@code earlier} instead of running it again.
     *
     * @throws IllegalArgumentException when the selector names no lab, listing the labs there are
     */
    public static CheckReport run(CheckRequest request, CheckListener listener, EarlierVerdicts earlier) {
        List<Lab> labs = LabCatalogue.select(request.labSelector());
        LabLocator locator = new LabLocator(request.classesDir());
        Map<Lab, Located> found = new LinkedHashMap<>();
        // A lab the kitchens' JDK is too old for is not looked for: it is SKIPPED from its declaration alone.
        labs.forEach(lab -> found.put(lab, LabRunner.tooOld(lab, request.options()) ? new Located(null, null)
                : locate(lab, locator)));
        Calibration calibration = Calibrator.measure();
        listener.checkStarted(request, calibration);
        TickFloor floor = TickFloor.STANDARD;
        floor.warningFor(request.options().tick()).ifPresent(listener::warning);
        LabRunner runner = new LabRunner(request.options(), calibration);
        List<LabOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<Lab, Located> entry : found.entrySet()) {
            Optional<LabOutcome> taken = taken(entry.getKey(), entry.getValue(), request, earlier);
            if (taken.isPresent()) {
                outcomes.add(taken.get());
                listener.labFinished(taken.get());
                continue;
            }
            long started = System.nanoTime();
            LabOutcome outcome = check(entry.getKey(), entry.getValue(), request, runner, floor, listener);
            outcomes.add(outcome);
            report(outcome, Duration.ofNanos(System.nanoTime() - started), request.options(), listener);
            listener.labFinished(outcome);
        }
        page(request.options().workDir(), listener);
        return new CheckReport(outcomes, calibration, request.labsNamed());
    }

    /**
     * Why a check with this tick is refused before it starts, or empty when the tick can judge timing: the goal that
     * takes the student's {@code -Dkitchen.tick} asks first; a lab's JUnit test only warns.
     */
    public static Optional<String> refusalOfTick(Duration tick) {
        return TickFloor.STANDARD.refusalOf(tick);
    }

    /** The outcome of a lab found in the project that has an earlier verdict, if it has one. */
    private static Optional<LabOutcome> taken(Lab lab, Located located, CheckRequest request,
                                              EarlierVerdicts earlier) {
        if (located.className() == null || LabRunner.tooOld(lab, request.options())) {
            return Optional.empty();
        }
        return earlier.of(lab).map(result -> new LabOutcome(lab, located.className(),
                sourceOf(located.className(), request.sourceRoots()), result));
    }

    /** Writes the lab's test report; a report that cannot be written is said, and the check goes on. */
    private static void report(LabOutcome outcome, Duration took, RunOptions options, CheckListener listener) {
        try {
            SurefireReport.write(options.workDir(), outcome, took, options.strict());
        } catch (IOException | RuntimeException cannotWrite) {
            listener.warning("the test report of lab " + outcome.lab().label() + " could not be written in "
                    + options.workDir() + ": " + cannotWrite.getMessage());
        }
    }

    /** Redraws the page from every lab's newest run; a page that cannot be written is said, and the check goes on. */
    private static void page(Path workDir, CheckListener listener) {
        try {
            listener.pageWritten(ReportPage.write(workDir));
        } catch (IOException | RuntimeException cannotWrite) {
            listener.warning("the report page could not be written in " + workDir + ": " + cannotWrite.getMessage());
        }
    }

    /** Where a lab's class is: its name, or why it cannot be run. */
    private record Located(String className, String problem) {
    }

    private static Located locate(Lab lab, LabLocator locator) {
        try {
            return new Located(locator.find(lab).orElse(null), null);
        } catch (IllegalStateException twoPlaces) {
            return new Located(null, twoPlaces.getMessage());
        }
    }

    private static LabOutcome check(Lab lab, Located located, CheckRequest request, LabRunner runner,
                                    TickFloor floor, CheckListener listener) {
        if (LabRunner.tooOld(lab, request.options())) {
            return new LabOutcome(lab, null, null, LabRunner.skipped(lab, request.options()));
        }
        if (located.problem() != null) {
            return new LabOutcome(lab, null, null, single(lab, Finding.fail(located.problem(),
                    "move or delete the copy you do not mean, then run mvn kitchen:check -Dlab=" + lab.id())
                    .named("one copy of the lab")));
        }
        if (located.className() == null) {
            if (!request.labsNamed()) {
                return new LabOutcome(lab, null, null, null);
            }
            return new LabOutcome(lab, null, null, single(lab, Finding.fail("lab " + lab.label()
                            + " is not in this project: no class " + lab.packageSegment() + "." + lab.mainClass()
                            + " was found among its compiled classes",
                    "write the lab in a package ending in ." + lab.packageSegment() + ", in a class named "
                            + lab.mainClass() + ", then compile").named("lab in this project")));
        }
        listener.labStarted(lab);
        Path source = sourceOf(located.className(), request.sourceRoots());
        int reruns = request.options().inconclusiveReruns();
        LabResult result = Reruns.untilJudged(() -> runner.run(lab, located.className()), reruns,
                rerun -> listener.labRerun(lab, rerun, reruns));
        return new LabOutcome(lab, located.className(), source, floor.advised(result, request.options().tick()));
    }

    private static LabResult single(Lab lab, Finding finding) {
        return new LabResult(lab.id(), lab.name(), lab.title(), List.of(finding), Figures.NONE, List.of());
    }

    private static Path sourceOf(String className, List<Path> sourceRoots) {
        String relative = className.replace('.', '/') + ".java";
        return sourceRoots.stream().map(root -> root.resolve(relative)).filter(Files::isRegularFile)
                .findFirst().orElse(null);
    }
}
