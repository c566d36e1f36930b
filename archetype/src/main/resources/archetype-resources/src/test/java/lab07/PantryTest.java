package ${package}.lab07;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 07 · memory, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=07}.
 * Red until {@link Pantry}'s threads share XS and its processes each hold a copy.
 */
class PantryTest {
    @Test
    void processesTakeAtLeastTwiceTheMemoryOfThreads() {
        LabCheck.assertPasses("07");
    }
}
