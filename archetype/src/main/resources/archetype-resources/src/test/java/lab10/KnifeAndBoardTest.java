package ${package}.lab10;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 10 · deadlock, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=10}.
 * Red until {@link KnifeAndBoard}'s cooks finish every round while they still cook at the same time.
 */
class KnifeAndBoardTest {
    @Test
    void noTwoCooksWaitForEachOtherForever() {
        LabCheck.assertPasses("10");
    }
}
