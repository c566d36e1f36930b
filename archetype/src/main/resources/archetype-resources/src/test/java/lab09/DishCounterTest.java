package ${package}.lab09;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 09 · race, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=09}.
 * Red until {@link DishCounter}'s count is exact in every round while its cooks still cook at the same time.
 */
class DishCounterTest {
    @Test
    void noDishIsLostOnTheSharedCounter() {
        LabCheck.assertPasses("09");
    }
}
