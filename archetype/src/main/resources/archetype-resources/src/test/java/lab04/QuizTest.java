package ${package}.lab04;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 04 · quiz, checked from the IDE: the same check, verdict and message as
 * {@code mvn kitchen:check -Dlab=04}. Red until every answer of {@link Quiz} holds.
 */
class QuizTest {
    @Test
    void everyPredictionHoldsAgainstTheKitsOwnRuns() {
        LabCheck.assertPasses("04");
    }
}
