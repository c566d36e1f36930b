package dev.kitchenlab.engine;

import dev.kitchenlab.labs.Lab;
import dev.kitchenlab.labs.LabCatalogue;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole check: measures the machine, finds each selected lab in the project, runs and judges it, and tells
 * a listener as it goes. What {@code mvn kitchen:check} and the student's JUnit tests both call.
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
        List<Lab> labs = LabCatalogue.select(request.labSelector());
        Calibration calibration = Calibration.measure(request.options().javaHome());
        listener.checkStarted(request, calibration);
        LabRunner runner = new LabRunner(request.options(), calibration);
        LabLocator locator = new LabLocator(request.classesDir());
        List<LabOutcome> outcomes = new ArrayList<>();
        for (Lab lab : labs) {
            LabOutcome outcome = check(lab, request, runner, locator, listener);
            outcomes.add(outcome);
            listener.labFinished(outcome);
        }
        return new CheckReport(outcomes, calibration);
    }

    private static LabOutcome check(Lab lab, CheckRequest request, LabRunner runner, LabLocator locator,
                                    CheckListener listener) {
        Optional<String> className;
        try {
            className = locator.find(lab);
        } catch (IllegalStateException twoPlaces) {
            return new LabOutcome(lab, null, null, single(lab, Finding.fail(twoPlaces.getMessage(),
                    "move or delete the copy you do not mean, then run mvn kitchen:check -Dlab=" + lab.id())));
        }
        if (className.isEmpty()) {
            if (!request.labsNamed()) {
                return new LabOutcome(lab, null, null, null);
            }
            return new LabOutcome(lab, null, null, single(lab, Finding.fail("lab " + lab.label()
                            + " is not in this project: no class " + lab.packageSegment() + "." + lab.className()
                            + " was found among its compiled classes",
                    "write the lab in a package ending in ." + lab.packageSegment() + ", in a class named "
                            + lab.className() + ", then compile")));
        }
        listener.labStarted(lab);
        Path source = sourceOf(className.get(), request.sourceRoots());
        return new LabOutcome(lab, className.get(), source, runner.run(lab, className.get()));
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
