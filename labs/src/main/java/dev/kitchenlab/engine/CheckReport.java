package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.util.List;

/**
 * What a whole check found.
 *
 * @param outcomes one per lab of the catalogue that was selected, in catalogue order
 * @param calibration how late the machine ran at the start
 * @param labsNamed whether the check was for labs named with {@code -Dlab}, not every lab of the project
 */
public record CheckReport(List<LabOutcome> outcomes, Calibration calibration, boolean labsNamed) {

    /** Keeps the list immutable. */
    public CheckReport {
        outcomes = List.copyOf(outcomes);
    }

    /** A check of every lab of the project. */
    public CheckReport(List<LabOutcome> outcomes, Calibration calibration) {
        this(outcomes, calibration, false);
    }

    /**
     * Whether no lab that can run here was found and none was asked for: a lab SKIPPED for its JDK is decided before
     * its class is looked for, so it says nothing of what the project holds.
     */
    public boolean nothingFound() {
        return results().isEmpty() || runnable() == 0 && !labsNamed
                && outcomes.stream().allMatch(o -> o.className() == null);
    }

    /** The results of the labs that ran or were asked for. */
    public List<LabResult> results() {
        return outcomes.stream().filter(o -> !o.absent()).map(LabOutcome::result).toList();
    }

    /**
     * The worst verdict of the labs that could run here (SKIPPED only when every lab asked for was); a check that
     * found nothing to judge is no pass, so it is then an ERROR.
     */
    public Verdict verdict() {
        if (nothingFound()) {
            return Verdict.ERROR;
        }
        if (runnable() == 0) {
            return Verdict.SKIPPED;
        }
        return results().stream().map(LabResult::verdict).filter(v -> v != Verdict.SKIPPED)
                .reduce(Verdict.PASS, Verdict::combine);
    }

    /** The labs that passed. */
    public long passed() {
        return results().stream().filter(r -> r.verdict() == Verdict.PASS).count();
    }

    /** The labs that can run here: those of this project that were not skipped. */
    public long runnable() {
        return results().stream().filter(r -> r.verdict() != Verdict.SKIPPED).count();
    }

    /** The labs whose verdict fails the check. */
    public List<LabResult> failures() {
        return results().stream().filter(r -> r.verdict().failsTheCheck()).toList();
    }
}
