package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tally a check ends with, over the whole project, across checks; no lab runs here, verdicts are made up. */
class ProjectProgressTest {
    private static final Lab KITCHENS = LabCatalogue.select("02").get(0);
    private static final Lab COOKS = LabCatalogue.select("03").get(0);
    private static final Lab TIMED = LabCatalogue.select("05").get(0);

    @TempDir
    Path project;
    private Path classes;

    @BeforeEach
    void aProjectWithThreeLabsCompiled() throws Exception {
        classes = project.resolve("target/classes");
        for (Lab lab : List.of(KITCHENS, COOKS, TIMED)) {
            Path dir = Files.createDirectories(classes.resolve("edu/school/" + lab.packageSegment()));
            Files.createFile(dir.resolve(lab.mainClass() + ".class"));
        }
    }

    private CheckRequest request(String selector) {
        return new CheckRequest(RunOptions.builder().workDir(project.resolve("target/kitchen")).build(), classes,
                List.of(), selector);
    }

    /** A report as a check of the selected labs would end with these verdicts, one a lab in order. */
    private static CheckReport report(String selector, Verdict... verdicts) {
        List<Lab> labs = LabCatalogue.select(selector);
        List<LabOutcome> outcomes = IntStream.range(0, verdicts.length).mapToObj(i -> {
            Lab lab = labs.get(i);
            LabResult result = new LabResult(lab.id(), lab.name(), lab.title(),
                    List.of(Finding.of(verdicts[i], "made up")), Figures.NONE, List.of());
            return new LabOutcome(lab, "edu.school." + lab.packageSegment() + "." + lab.mainClass(), null, result);
        }).toList();
        return new CheckReport(outcomes, new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private ProgressSummary check(String selector, Verdict... verdicts) {
        return ProjectProgress.record(project, request(selector), report(selector, verdicts));
    }

    @Test
    void aCheckOfOneLabCountsTheLabsAnEarlierCheckPassed() {
        check("02", Verdict.PASS);

        ProgressSummary summary = check("03", Verdict.FAIL);

        assertThat(summary.tally()).isEqualTo("1 of 3 labs done");
        assertThat(summary.next()).contains(COOKS);
    }

    @Test
    void aLabSkippedHereIsNotCountedAndAnErrorIsNotRecorded() {
        check("02", Verdict.PASS);
        check("05", Verdict.PASS);

        ProgressSummary summary = check("03,05", Verdict.SKIPPED, Verdict.ERROR);

        assertThat(summary.runnable()).isEqualTo(2);
        assertThat(summary.tally()).as("lab 05's pass survives an ERROR, the kit's fault").isEqualTo("2 of 2 labs done");
    }

    @Test
    void aFolderTheKitCannotWriteLeavesTheCheckItsTallyAndAWarning() throws Exception {
        Files.writeString(project.resolve(".kitchen"), "a file where the folder should be");

        ProgressSummary summary = check("03", Verdict.PASS);

        assertThat(summary.tally()).isEqualTo("1 of 3 labs done");
        assertThat(summary.notSaved()).contains("could not be kept").contains(".kitchen");
        List<ConsoleLine> lines = new ConsoleReport(project).summary(report("03", Verdict.PASS), summary);
        assertThat(lines).extracting(ConsoleLine::level).containsExactly(ConsoleLine.Level.INFO, ConsoleLine.Level.WARN);
        assertThat(lines.get(0).text()).isEqualTo("1 of 3 labs done · next: lab " + KITCHENS.label()
                + " (mvn kitchen:check -Dlab=02)");
    }
}
