package ${package}.lab13;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 13 · visibility, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=13}.
 * Red until {@link ClosingTime}'s cook sees the head cook's flag and stops, every time.
 */
class ClosingTimeTest {
    @Test
    void theCookSeesClosingTime() {
        LabCheck.assertPasses("13");
    }
}
