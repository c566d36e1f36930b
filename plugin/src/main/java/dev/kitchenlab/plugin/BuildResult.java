package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a check's report into Maven's build result. The student's code at fault (a lab failed, crashed or
 * timed out; no lab at all) is a BUILD FAILURE; the kit or the machine at fault (a run ended in ERROR) is a
 * BUILD ERROR, so a student does not hunt in their code for a broken JDK. SKIPPED passes, and so does INCONCLUSIVE
 * unless the check is strict (for grading), when it fails.
 */
final class BuildResult {
    private BuildResult() {
    }

    /** Returns when the check passed; throws otherwise, naming the labs at fault. */
    static void of(CheckReport report, boolean strict) throws MojoExecutionException, MojoFailureException {
        if (report.nothingFound()) {
            throw new MojoFailureException("no lab was found in this project, so nothing was checked: the labs are "
                    + LabCatalogue.listing() + ", each a class in a package ending in .labNN");
        }
        List<LabResult> broken = report.results().stream().filter(r -> r.verdict() == Verdict.ERROR).toList();
        if (!broken.isEmpty()) {
            throw new MojoExecutionException("the kit could not run " + labels(broken)
                    + ": the kit or this machine is at fault, not your code; the reason is in the lines above");
        }
        if (!report.failures().isEmpty()) {
            throw new MojoFailureException(report.failures().size() + " lab(s) failed: " + labels(report.failures())
                    + "; what was measured and what to do next is in the lines above");
        }
        List<LabResult> unjudged = report.results().stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).toList();
        if (strict && !unjudged.isEmpty()) {
            throw new MojoFailureException(unjudged.size() + " lab(s) could not be judged, even when run again: "
                    + labels(unjudged) + "; kitchen.strict counts that as failed. Check again on a quieter machine");
        }
    }

    private static String labels(List<LabResult> results) {
        return results.stream().map(r -> r.labId() + " " + r.labName() + " (" + r.verdict() + ")")
                .collect(Collectors.joining(", "));
    }
}
