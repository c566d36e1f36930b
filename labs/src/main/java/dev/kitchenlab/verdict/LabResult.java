package dev.kitchenlab.verdict;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How one lab run came out: the worst of its findings, the figures they were judged on, and the last
 * lines the kitchen wrote (for a crash or a timeout).
 *
 * @param labId the lab's two-digit id
 * @param labName the lab's short name
 * @param title what the lab shows, in a few words
 * @param findings every expectation's outcome, in the order they were judged
 * @param figures what was measured
 * @param outputTail the last lines the kitchen wrote, for a verdict that needs them; may be empty
 * @param runFolder where the run kept its events and result, or {@code null} when the lab did not run
 */
public record LabResult(String labId, String labName, String title, List<Finding> findings, Figures figures,
                        List<String> outputTail, Path runFolder) {

    /** A result of a lab that did not run: nothing was kept. */
    public LabResult(String labId, String labName, String title, List<Finding> findings, Figures figures,
                     List<String> outputTail) {
        this(labId, labName, title, findings, figures, outputTail, null);
    }

    /** Keeps the lists immutable and insists on at least one finding: a check that judged nothing is no pass. */
    public LabResult {
        findings = List.copyOf(findings);
        outputTail = List.copyOf(outputTail);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("lab " + labId + " was judged on nothing");
        }
    }

    /** Where the run kept its events and result, if it ran. */
    public Optional<Path> run() {
        return Optional.ofNullable(runFolder);
    }

    /** The worst verdict of all findings. */
    public Verdict verdict() {
        return findings.stream().map(Finding::verdict).reduce(Verdict.PASS, Verdict::combine);
    }

    /** The finding that decided the verdict: the first of the worst. */
    public Finding decisive() {
        Verdict worst = verdict();
        return findings.stream().filter(f -> f.verdict() == worst).findFirst().orElseThrow();
    }

    /** The findings that were not a pass, worst first. */
    public List<Finding> problems() {
        return findings.stream().filter(f -> f.verdict() != Verdict.PASS)
                .sorted(Comparator.comparing(Finding::verdict).reversed()).toList();
    }
}
