package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the runner decides before and around a lab's own judge. */
class LabRunnerTest {
    private static final Calibration QUIET = new Calibration(Duration.ofMillis(1), Duration.ofNanos(100_000), 2);

    @TempDir
    Path work;

    private static Lab lab(int minimumJdk) {
        return Lab.builder("99", "future").title("a lab from the future").claim("claim").mainClass("Future")
                .timeoutTicks(2).minimumJdk(minimumJdk)
                .expect(Expectation.of("ran", run -> Finding.pass("ran"), "run")).build();
    }

    @Test
    void aLabForANewerJdkIsSkippedSayingWhichJdkItNeeds() {
        RunOptions options = RunOptions.builder().workDir(work).build();

        LabResult result = new LabRunner(options, QUIET).run(lab(99), "org.example.Future");

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.decisive().message())
                .isEqualTo("this lab needs JDK 99 or newer; the kitchens run on JDK " + Runtime.version().feature());
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void aJdkThatCannotStartIsTheKitsErrorNotTheStudents() throws Exception {
        Path notAJdk = Files.createDirectories(work.resolve("not-a-jdk"));
        RunOptions options = RunOptions.builder().workDir(work).javaHome(notAJdk).build();

        LabResult result = new LabRunner(options, QUIET).run(lab(17), "org.example.Future");

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.decisive().message()).startsWith("the kit could not run the kitchen:");
        assertThat(result.decisive().advice()).contains("is a JDK");
    }

    @Test
    void aLabClassMissingFromTheClasspathIsAnErrorThatSaysCompileFirst() {
        RunOptions options = RunOptions.builder().workDir(work).classpath(List.of(Path.of("target/classes"))).build();

        LabResult result = new LabRunner(options, QUIET).run(lab(17), "org.example.nowhere.lab99.Future");

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.decisive().message())
                .isEqualTo("the lab class org.example.nowhere.lab99.Future is not on the classpath: compile the project first");
    }

    @Test
    void aTimeoutTheStudentSetTooShortIsNamedAsTheCauseWithNoPromiseOfLinesThatNeverCame() {
        RunOptions options = RunOptions.builder().workDir(work).tick(Duration.ofMillis(100))
                .timeout(Duration.ofMillis(1)).classpath(KitchenRuns.testClasspath()).build();

        LabResult result = new LabRunner(options, QUIET).run(lab(17), "students.hello.lab03.ManyCooks");

        assertThat(result.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(result.decisive().message()).contains("at your -Dkitchen.timeout=1ms")
                .doesNotContain("endless loop");
        // The lab's own limit: 2 ticks of 100 ms and the start allowance.
        assertThat(result.decisive().advice()).contains("11s").contains("mvn kitchen:check -Dlab=99");
        if (result.outputTail().isEmpty()) {
            assertThat(result.decisive().advice()).doesNotContain("shown below");
        }
    }
}
