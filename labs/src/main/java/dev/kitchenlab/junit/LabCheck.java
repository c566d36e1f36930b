package dev.kitchenlab.junit;

import dev.kitchenlab.engine.CheckListener;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.ConsoleReport;
import dev.kitchenlab.engine.KitchenCheck;
import dev.kitchenlab.engine.LabOutcome;
import dev.kitchenlab.engine.ProjectProgress;
import dev.kitchenlab.engine.RunOptions;
import dev.kitchenlab.events.Durations;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A lab's JUnit 5 test: runs the same check as {@code mvn kitchen:check -Dlab=NN}, so the IDE's green or red bar
 * agrees with it. The verdict lines are printed to the test's output; a FAIL or worse fails the test with the
 * same message, an INCONCLUSIVE or SKIPPED lab aborts it with the reason. A lab the machine was too busy to judge
 * is run again on its own first, as the check does, up to twice, and its line says how many runs it took.
 *
 * <pre>{@code
 * @Test
 * void cooksGreetTogether() {
 *     LabCheck.assertPasses("03");
 * }
 * }</pre>
 *
 * <p>The project's compiled classes are looked for in {@code target/classes} under the working folder (Maven,
 * IntelliJ and Eclipse run tests from the project's folder); the tick is the system property {@code kitchen.tick}
 * ({@code mvn test -Dkitchen.tick=500ms}, or the IDE's VM options), else {@link RunOptions#DEFAULT_TICK}. The
 * verdict is added to the project's progress in {@code .kitchen/}, as {@code mvn kitchen:check} adds it, and written
 * as the lab's test report in {@code target/kitchen/}. With the system property {@code kitchen.strict=true}
 * ({@code mvn verify -Dkitchen.strict=true}, for grading) a lab still INCONCLUSIVE after its reruns fails the test.
 */
public final class LabCheck {
    private LabCheck() {
    }

    /** Checks one lab, by id or name, and fails the calling test unless it passes. */
    public static void assertPasses(String lab) {
        Path project = Path.of("").toAbsolutePath();
        boolean strict = Boolean.getBoolean("kitchen.strict");
        RunOptions options = RunOptions.builder().tick(tick()).classpath(classpath()).strict(strict)
                .workDir(project.resolve("target").resolve("kitchen")).build();
        CheckRequest request = new CheckRequest(options, project.resolve("target").resolve("classes"),
                List.of(project.resolve("src").resolve("main").resolve("java")), lab);
        ConsoleReport console = new ConsoleReport(project);
        CheckReport report = KitchenCheck.run(request, new CheckListener() {
            @Override
            public void warning(String text) {
                System.out.println(text);
            }

            @Override
            public void labFinished(LabOutcome outcome) {
                console.lab(outcome).stream().map(ConsoleLine::text).forEach(System.out::println);
            }
        });
        // The IDE's run counts as much as Maven's: the lab's verdict goes into the project's progress too.
        console.summary(report, ProjectProgress.record(project, request, report)).stream().map(ConsoleLine::text)
                .forEach(System.out::println);
        LabResult result = report.results().get(0);
        Finding decisive = result.decisive();
        String message = "lab " + result.labId() + " " + result.labName() + ": " + result.verdict() + ": "
                + decisive.message() + (decisive.advice().isEmpty() ? "" : "\nnext: " + decisive.advice());
        if (result.verdict().failsTheCheck() || strict && result.verdict() == Verdict.INCONCLUSIVE) {
            Assertions.fail(message);
        }
        Assumptions.assumeTrue(result.verdict() == Verdict.PASS, message);
    }

    private static java.time.Duration tick() {
        String configured = System.getProperty("kitchen.tick");
        return configured == null || configured.isBlank() ? RunOptions.DEFAULT_TICK : Durations.parse(configured);
    }

    private static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }
}
