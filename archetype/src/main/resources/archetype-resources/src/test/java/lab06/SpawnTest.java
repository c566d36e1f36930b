package ${package}.lab06;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 06 · spawn, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=06}.
 * Red until {@link Spawn} hires both kinds of cook.
 */
class SpawnTest {
    @Test
    void aProcessCostsAtLeastFiveThreads() {
        LabCheck.assertPasses("06");
    }
}
