package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab the machine was too busy to judge is run again on its own, and its line says how many runs it took. */
class RerunsTest {
    private static final Calibration QUIET = new Calibration(Duration.ofMillis(1), Duration.ofNanos(100_000), 2);

    @TempDir
    Path work;

    private static LabResult judged(Verdict verdict) {
        return new LabResult("99", "madeup", "a made-up lab", List.of(Finding.of(verdict, verdict + " this time")),
                Figures.builder().build(), List.of());
    }

    /** A lab run that answers with the next verdict of the list each time, counting how often it was asked. */
    private static final class Answers {
        final Deque<Verdict> left;
        int runs;

        Answers(Verdict... verdicts) {
            left = new ArrayDeque<>(List.of(verdicts));
        }

        LabResult next() {
            runs++;
            return judged(left.pop());
        }
    }

    @Test
    void aLabJudgedAtTheFirstRunIsRunOnceAndSaysNothingOfReruns() {
        Answers lab = new Answers(Verdict.FAIL);

        LabResult result = Reruns.untilJudged(lab::next, 2);

        assertThat(lab.runs).isEqualTo(1);
        assertThat(result.figures().notes()).isEmpty();
    }

    @Test
    void anInconclusiveLabThatPassesLaterSaysHowManyRunsItTook() {
        Answers lab = new Answers(Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE, Verdict.PASS);

        LabResult result = Reruns.untilJudged(lab::next, 2);

        assertThat(lab.runs).isEqualTo(3);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.figures().notes()).containsExactly("INCONCLUSIVE twice, PASS on the third run");
    }

    @Test
    void aLabInconclusiveEveryTimeGivesUpAfterItsRerunsAndSaysSo() {
        Answers lab = new Answers(Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE, Verdict.PASS);

        LabResult result = Reruns.untilJudged(lab::next, 2);

        assertThat(lab.runs).isEqualTo(3);
        assertThat(result.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(result.figures().notes()).containsExactly("INCONCLUSIVE in 3 runs");
    }

    @Test
    void eachRerunIsAnnouncedBeforeItRunsSoAFrontEndCanSayWhichRunItIs() {
        Answers lab = new Answers(Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE);
        List<String> heard = new java.util.ArrayList<>();

        Reruns.untilJudged(() -> {
            heard.add("run");
            return lab.next();
        }, 2, rerun -> heard.add("rerun " + rerun));

        assertThat(heard).containsExactly("run", "rerun 1", "run", "rerun 2", "run");
    }

    @Test
    void noRerunsJudgesEveryLabOnce() {
        Answers lab = new Answers(Verdict.INCONCLUSIVE, Verdict.PASS);

        assertThat(Reruns.untilJudged(lab::next, 0).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(lab.runs).isEqualTo(1);
    }

    @Test
    void theLineSaysWhatTheLastRunFound() {
        assertThat(Reruns.describe(Verdict.FAIL, 2)).isEqualTo("INCONCLUSIVE once, FAIL on the second run");
        assertThat(Reruns.describe(Verdict.INCONCLUSIVE, 2)).isEqualTo("INCONCLUSIVE in 2 runs");
    }

    @Test
    void aRealKitchenIsRunAgainWhileItsJudgeCannotTell() {
        AtomicInteger judged = new AtomicInteger();
        Lab moody = Lab.builder("99", "moody").title("a judge unsure at first").claim("claim").mainClass("ManyCooks")
                .timeoutTicks(20)
                .expect(Expectation.of("judged", run -> judged.incrementAndGet() == 1
                        ? Finding.inconclusive("too busy to tell") : Finding.pass("told"), "wait")).build();
        RunOptions options = RunOptions.builder().tick(Duration.ofMillis(50)).classpath(KitchenRuns.testClasspath())
                .workDir(work).build();

        LabResult result = Reruns.untilJudged(() -> new LabRunner(options, QUIET).run(moody,
                "students.hello.lab03.ManyCooks"), options.inconclusiveReruns());

        assertThat(judged).hasValue(2);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.figures().summary()).endsWith("INCONCLUSIVE once, PASS on the second run");
    }
}
