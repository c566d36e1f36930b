package dev.kitchenlab.engine;

import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs a lab again, on its own, while the machine was too busy to judge it: an INCONCLUSIVE verdict is a
 * question the kit could not answer, not the student's fault, so it asks again before giving up. The verdict line
 * then says how many runs it took ({@code INCONCLUSIVE twice, PASS on the third run}, {@code INCONCLUSIVE in 3
 * runs}), so a slow check or a warning is never a mystery.
 */
final class Reruns {
    /**
     * Runs after the first that a check allows an INCONCLUSIVE lab. Two: a right program may be INCONCLUSIVE at most
     * once in 20 checks under four busy loops, a target every lab met in the stability campaign (docs/stability.md);
     * were runs independent, three in a row would come about once in 8,000 checks, so a third says the machine is
     * busy now, not that the lab was unlucky, and a third rerun would add a whole lab's time for little.
     */
    static final int DEFAULT = 2;
    private static final List<String> TIMES = List.of("once", "twice", "three times", "four times");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth");

    private Reruns() {
    }

    /** Runs {@code lab} once, and up to {@code reruns} more times while it comes back INCONCLUSIVE. */
    static LabResult untilJudged(Supplier<LabResult> lab, int reruns) {
        return untilJudged(lab, reruns, rerun -> { });
    }

    /** As {@link #untilJudged(Supplier, int)}, telling {@code beforeRerun} the number of each rerun before it. */
    static LabResult untilJudged(Supplier<LabResult> lab, int reruns, IntConsumer beforeRerun) {
        LabResult result = lab.get();
        int runs = 1;
        while (result.verdict() == Verdict.INCONCLUSIVE && runs <= reruns) {
            beforeRerun.accept(runs);
            result = lab.get();
            runs++;
        }
        return runs == 1 ? result : withRuns(result, runs);
    }

    /** The result, its figures noting how many runs it took. */
    private static LabResult withRuns(LabResult last, int runs) {
        return new LabResult(last.labId(), last.labName(), last.title(), last.findings(),
                last.figures().withNotes(List.of(describe(last.verdict(), runs))), last.outputTail(),
                last.run().orElse(null));
    }

    /** {@code INCONCLUSIVE twice, PASS on the third run}, or {@code INCONCLUSIVE in 3 runs}. */
    static String describe(Verdict last, int runs) {
        if (last == Verdict.INCONCLUSIVE) {
            return "INCONCLUSIVE in " + runs + " runs";
        }
        int inconclusive = runs - 1;
        String times = inconclusive <= TIMES.size() ? TIMES.get(inconclusive - 1) : inconclusive + " times";
        String ordinal = runs <= ORDINALS.size() ? ORDINALS.get(runs - 1) : runs + "th";
        return "INCONCLUSIVE " + times + ", " + last + " on the " + ordinal + " run";
    }
}
