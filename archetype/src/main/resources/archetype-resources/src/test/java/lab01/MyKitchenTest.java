package ${package}.lab01;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 01 · ps, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=01}. Red
 * until {@link MyKitchen} prints its own row and greets the name it reads.
 */
class MyKitchenTest {
    @Test
    void theRowPrintedMatchesPsAndTheKitchenSleepsUntilANameComes() {
        LabCheck.assertPasses("01");
    }
}
