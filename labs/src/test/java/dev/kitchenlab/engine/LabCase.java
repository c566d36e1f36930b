package dev.kitchenlab.engine;

import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One program a lab judges, and what the kit must say of it, as a teacher would: a right program passes (or, on a
 * machine too busy to judge a timing, is inconclusive, never failed); a wrong one gets its verdict with its own
 * diagnosis. The engine tests run every case once; the stability campaign runs each many times under load.
 *
 * @param name the case, in a few words ({@code hard-coded Thread.sleep(1000)})
 * @param lab the lab that judges it
 * @param mainClass the program's class
 * @param tick the tick it runs with
 * @param timeout how long it may run, or {@code null} for the lab's own
 * @param verdict what it must get; a right program's PASS may also come back INCONCLUSIVE
 * @param diagnosis what the deciding finding's message must contain (a regular expression); empty for a right one
 * @param more further facts the case must show, or {@code null}
 */
public record LabCase(String name, Lab lab, String mainClass, Duration tick, Duration timeout, Verdict verdict,
                      String diagnosis, Check more) {

    /** Further facts a case must show. */
    @FunctionalInterface
    public interface Check {
        /** Asserts them on the result and the run's working folder. */
        void on(LabResult result, Path workDir) throws Exception;
    }

    /** A right program: it must pass. */
    public static LabCase right(Lab lab, String name, String mainClass, Duration tick) {
        return new LabCase(name, lab, mainClass, tick, null, Verdict.PASS, "", null);
    }

    /** A wrong program: it must get {@code verdict}, the deciding message matching {@code diagnosis}. */
    public static LabCase wrong(Lab lab, String name, String mainClass, Duration tick, Verdict verdict,
                                String diagnosis) {
        return new LabCase(name, lab, mainClass, tick, null, verdict, diagnosis, null);
    }

    /** This case, stopped after {@code value}. */
    public LabCase timeout(Duration value) {
        return new LabCase(name, lab, mainClass, tick, value, verdict, diagnosis, more);
    }

    /** This case, with further facts to show. */
    public LabCase also(Check check) {
        return new LabCase(name, lab, mainClass, tick, timeout, verdict, diagnosis, check);
    }

    /** Whether this is a right program. */
    public boolean isRight() {
        return verdict == Verdict.PASS;
    }

    /** Whether a verdict is the one this case must get (for a right program, an inconclusive one too). */
    public boolean accepts(LabResult result) {
        if (isRight()) {
            return result.verdict() == Verdict.PASS || result.verdict() == Verdict.INCONCLUSIVE;
        }
        return result.verdict() == verdict && Pattern.compile(diagnosis).matcher(result.decisive().message()).find();
    }

    /** Runs the case in a forked kitchen under {@code workDir}; a right one is run again if it was inconclusive. */
    public LabResult run(Path workDir) {
        return isRight() ? KitchenRuns.runRight(lab, mainClass, workDir, tick)
                : KitchenRuns.run(lab, mainClass, workDir, tick, timeout);
    }

    /**
     * Runs the case as {@code kitchen:check} judges a lab and asserts everything it must show: a wrong program that came
     * back INCONCLUSIVE (a busy machine, not the program) is run again, as many times as a check runs it again, so it
     * must get its verdict within as many runs as a student's check gives it.
     */
    public void check(Path workDir) throws Exception {
        LabResult result = isRight() ? run(workDir) : Reruns.untilJudged(() -> run(workDir), Reruns.DEFAULT);
        String said = KitchenRuns.describe(result);
        if (isRight()) {
            assertThat(result.verdict()).as(said).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
        } else {
            assertThat(result.verdict()).as(said).isEqualTo(verdict);
            assertThat(result.decisive().message()).as(said).containsPattern(diagnosis);
        }
        if (more != null) {
            more.on(result, workDir);
        }
    }

    @Override
    public String toString() {
        return lab.label() + ": " + name;
    }
}
