package ${package}.lab14;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 14 · atomicity, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=14}.
 * Red until {@link LastPortion} sells every portion once, none twice, with books that match, its cooks still serving
 * at the same time.
 */
class LastPortionTest {
    @Test
    void theLastPortionIsSoldOnce() {
        LabCheck.assertPasses("14");
    }
}
