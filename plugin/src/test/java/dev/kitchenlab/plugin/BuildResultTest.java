package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.LabOutcome;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which verdicts fail the build, which break it, and which let it pass. */
class BuildResultTest {
    private static final Calibration QUIET = new Calibration(Duration.ZERO, Duration.ZERO, 2);
    private static final Lab COOKS = LabCatalogue.select("03").get(0);

    private static CheckReport lab03(Verdict verdict) {
        LabResult result = new LabResult("03", "cooks", "4 greetings from 4 cooks",
                List.of(new Finding("a claim", verdict, "what happened", "")), Figures.NONE, List.of());
        return new CheckReport(List.of(new LabOutcome(COOKS, "a.lab03.ManyCooks", null, result)), QUIET);
    }

    @Test
    void aFailedLabIsABuildFailureNamingIt() {
        assertThatThrownBy(() -> BuildResult.of(lab03(Verdict.FAIL), false)).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 lab(s) failed: 03 cooks (FAIL)");
    }

    @Test
    void crashesAndTimeoutsAreTheStudentsToFix() {
        for (Verdict verdict : List.of(Verdict.CRASH, Verdict.TIMEOUT)) {
            assertThatThrownBy(() -> BuildResult.of(lab03(verdict), false)).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("03 cooks (" + verdict + ")");
        }
    }

    @Test
    void aRunTheKitCouldNotMakeIsABuildErrorThatClearsTheStudent() {
        assertThatThrownBy(() -> BuildResult.of(lab03(Verdict.ERROR), false)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("the kit could not run 03 cooks (ERROR)").hasMessageContaining("not your code");
    }

    @Test
    void passedInconclusiveAndSkippedLabsLetTheBuildPass() {
        for (Verdict verdict : List.of(Verdict.PASS, Verdict.INCONCLUSIVE, Verdict.SKIPPED)) {
            assertThatCode(() -> BuildResult.of(lab03(verdict), false)).as(verdict.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void aStrictCheckFailsALabItCouldNotJudgeAndStillPassesASkippedOne() {
        assertThatThrownBy(() -> BuildResult.of(lab03(Verdict.INCONCLUSIVE), true))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("1 lab(s) could not be judged, even when run again: 03 cooks (INCONCLUSIVE)")
                .hasMessageContaining("kitchen.strict");
        for (Verdict verdict : List.of(Verdict.PASS, Verdict.SKIPPED)) {
            assertThatCode(() -> BuildResult.of(lab03(verdict), true)).as(verdict.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void aCheckThatFoundNoLabIsNoPass() {
        CheckReport nothing = new CheckReport(List.of(new LabOutcome(COOKS, null, null, null)), QUIET);
        assertThat(nothing.results()).isEmpty();
        assertThatThrownBy(() -> BuildResult.of(nothing, false)).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("no lab was found in this project");
    }
}
