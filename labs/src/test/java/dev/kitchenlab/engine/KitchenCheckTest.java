package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A whole check over a project folder holding only the reference solution of lab 03. */
class KitchenCheckTest {
    @TempDir
    Path project;

    private CheckRequest request(String selector) throws IOException {
        Path classes = project.resolve("target/classes");
        Path reference = Path.of("target/test-classes/org/example/kitchen/lab03");
        Path into = Files.createDirectories(classes.resolve("org/example/kitchen/lab03"));
        try (Stream<Path> files = Files.list(reference)) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        List<Path> classpath = new ArrayList<>(List.of(classes));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .forEach(classpath::add);
        RunOptions options = RunOptions.builder().tick(Duration.ofMillis(500)).classpath(classpath)
                .workDir(project.resolve("target/kitchen")).build();
        return new CheckRequest(options, classes, List.of(project.resolve("src/main/java")), selector);
    }

    @Test
    void aCheckFindsTheLabInAnyBasePackageRunsItAndTellsTheListener() throws IOException {
        List<String> heard = new ArrayList<>();
        CheckReport report = KitchenCheck.run(request(""), new CheckListener() {
            @Override
            public void labStarted(Lab lab) {
                heard.add("started " + lab.id());
            }

            @Override
            public void labFinished(LabOutcome outcome) {
                heard.add("finished " + outcome.lab().id() + " " + outcome.className());
            }
        });

        List<String> expected = new ArrayList<>();
        for (Lab lab : LabCatalogue.all()) {
            if (lab.id().equals("03")) {
                expected.add("started 03");
                expected.add("finished 03 org.example.kitchen.lab03.ManyCooks");
            } else {
                expected.add("finished " + lab.id() + " null");
            }
        }
        assertThat(heard).containsExactlyElementsOf(expected);
        int here = Runtime.version().feature();
        assertThat(report.outcomes()).filteredOn(o -> !o.lab().id().equals("03"))
                .filteredOn(o -> o.lab().minimumJdk() <= here).as("labs not in this project")
                .allMatch(LabOutcome::absent);
        // A lab this JDK is too old for is SKIPPED from its declaration, though its class is nowhere, and not counted.
        assertThat(report.outcomes()).filteredOn(o -> o.lab().minimumJdk() > here).as("labs for a newer JDK")
                .allSatisfy(o -> {
                    assertThat(o.result().verdict()).isEqualTo(Verdict.SKIPPED);
                    assertThat(o.result().decisive().message()).startsWith("this lab needs JDK "
                            + o.lab().minimumJdk() + " or newer; the kitchens run on JDK " + here);
                });
        assertThat(report.verdict()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        assertThat(report.runnable()).isEqualTo(1);
    }

    @Test
    void theConsoleShowsOneLinePerLabAndASummary() throws IOException {
        CheckReport report = KitchenCheck.run(request("cooks"), new CheckListener() { });
        ConsoleReport console = new ConsoleReport(project);

        List<ConsoleLine> lines = console.lab(report.outcomes().get(0));
        assertThat(lines.get(0).text()).contains("03 cooks", "4 greetings from 4 cooks");
        assertThat(console.summary(report).text()).startsWith(report.passed() + " of 1 labs done");
    }

    @Test
    void aLabWhoseTestJudgedItInThisBuildIsNotRunAgainAndItsReportStands() throws Exception {
        CheckRequest request = request("03");
        KitchenCheck.run(request, new CheckListener() { });
        Path report = SurefireReport.fileOf(request.options().workDir(), LabCatalogue.select("03").get(0));
        FileTime written = Files.getLastModifiedTime(report);
        List<String> heard = new ArrayList<>();

        CheckReport graded = KitchenCheck.run(request, new CheckListener() {
            @Override
            public void labStarted(Lab lab) {
                heard.add("started " + lab.id());
            }
        }, new ReportedVerdicts(request.options().workDir(), written.toInstant()));

        assertThat(heard).as("the lab did not run again").isEmpty();
        LabResult taken = graded.results().get(0);
        assertThat(taken.decisive().expectation()).isEqualTo(ReportedVerdicts.SOURCE);
        assertThat(taken.verdict()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        assertThat(taken.figures().summary()).contains("4 cook threads");
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(written);

        CheckReport again = KitchenCheck.run(request, new CheckListener() {
            @Override
            public void labStarted(Lab lab) {
                heard.add("started " + lab.id());
            }
        }, new ReportedVerdicts(request.options().workDir(), written.toInstant().plusSeconds(1)));
        assertThat(heard).as("a report from before the build does not stand").containsExactly("started 03");
        assertThat(again.results().get(0).decisive().expectation()).isNotEqualTo(ReportedVerdicts.SOURCE);
    }

    @Test
    void anUnknownLabIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> KitchenCheck.run(request("soup"), new CheckListener() { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("there is no lab 'soup'");
    }

    @Test
    void aProjectWithoutLabsJudgesNothingAndSaysSo() {
        RunOptions options = RunOptions.builder().workDir(project.resolve("target/kitchen")).build();
        CheckRequest request = new CheckRequest(options, project.resolve("target/classes"), List.of(), "");
        CheckReport report = KitchenCheck.run(request, new CheckListener() { });

        int here = Runtime.version().feature();
        assertThat(report.outcomes()).filteredOn(o -> o.lab().minimumJdk() <= here).allMatch(LabOutcome::absent);
        assertThat(report.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(new ConsoleReport(project).summary(report).text()).startsWith("No lab was found in this project");
        // What kitchen:check prints, with the project's progress: the same, though a lab too new for this JDK was
        // reported SKIPPED.
        assertThat(new ConsoleReport(project).summary(report, ProjectProgress.record(project, request, report)))
                .first().extracting(ConsoleLine::text).asString().startsWith("No lab was found in this project");
    }

    @Test
    void aLabAskedForOnAJdkTooOldIsSkippedWithoutLookingForItsClassAndFailsNothing() {
        Lab newest = LabCatalogue.all().stream().max(java.util.Comparator.comparingInt(Lab::minimumJdk)).orElseThrow();
        RunOptions options = RunOptions.builder().workDir(project.resolve("target/kitchen")).build();
        org.junit.jupiter.api.Assumptions.assumeTrue(options.javaFeature() < newest.minimumJdk(),
                "every lab can run on this JDK");
        CheckReport report = KitchenCheck.run(new CheckRequest(options, project.resolve("target/classes"),
                List.of(), newest.id()), new CheckListener() { });

        assertThat(report.nothingFound()).isFalse();
        assertThat(report.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(report.runnable()).isZero();
        assertThat(new ConsoleReport(project).summary(report).text()).startsWith("0 of 0 labs done");
    }
}
