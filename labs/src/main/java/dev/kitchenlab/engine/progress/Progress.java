package dev.kitchenlab.engine.progress;

import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Verdict;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recorded state of every lab checked so far in a project, by lab id; immutable.
 */
public final class Progress {
    private final Map<String, LabRecord> labs;

    /** Progress from records by lab id. */
    public Progress(Map<String, LabRecord> labs) {
        this.labs = Map.copyOf(labs);
    }

    /** What is known of a lab; empty when it was never checked. */
    public Optional<LabRecord> of(String labId) {
        return Optional.ofNullable(labs.get(labId));
    }

    /** Whether a lab ever passed. */
    public boolean passedOnce(String labId) {
        return of(labId).map(LabRecord::passedOnce).orElse(false);
    }

    /** This progress with a lab's new verdict: a pass is remembered for good, the last verdict replaced. */
    public Progress with(String labId, Verdict verdict) {
        Map<String, LabRecord> changed = new TreeMap<>(labs);
        changed.put(labId, new LabRecord(verdict, verdict == Verdict.PASS || passedOnce(labId)));
        return new Progress(changed);
    }

    /**
     * The tally over the labs of a project that can run here: each counts as done when its last check passed,
     * whether it ran this time or not.
     *
     * @param runnableLabs the labs this project holds that this JDK can run, in the talk's order
     */
    public ProgressSummary summarize(Collection<Lab> runnableLabs) {
        int done = (int) runnableLabs.stream().filter(lab -> of(lab.id()).map(LabRecord::done).orElse(false)).count();
        Optional<Lab> next = runnableLabs.stream()
                .filter(lab -> !of(lab.id()).map(LabRecord::done).orElse(false)).findFirst();
        return new ProgressSummary(done, runnableLabs.size(), next, "");
    }

    Map<String, LabRecord> records() {
        return labs;
    }
}
