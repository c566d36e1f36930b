package ${package}.lab11;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 11 · livelock, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=11}.
 * Red until {@link PoliteCooks}' cooks cook every dish after a few hand-overs of the pan at most.
 */
class PoliteCooksTest {
    @Test
    void politeCooksStillCook() {
        LabCheck.assertPasses("11");
    }
}
