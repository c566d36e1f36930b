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
 */
public record CheckReport(List<LabOutcome> outcomes, Calibration calibration) {

    /** Keeps the list immutable. */
    public CheckReport {
        outcomes = List.copyOf(outcomes);
    }

    /** The results of the labs that ran or were asked for. */
    public List<LabResult> results() {
        return outcomes.stream().filter(o -> !o.absent()).map(LabOutcome::result).toList();
    }

    /** The worst verdict of all labs; a check that judged nothing is no pass, so it is then an ERROR. */
    public Verdict verdict() {
        if (results().isEmpty()) {
            return Verdict.ERROR;
        }
        return results().stream().map(LabResult::verdict).reduce(Verdict.PASS, Verdict::combine);
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
