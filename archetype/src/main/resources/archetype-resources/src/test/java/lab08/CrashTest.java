package ${package}.lab08;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 08 · crash, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=08}.
 * Red until {@link Crash} serves every other dish when one cook fails, in both modes.
 */
class CrashTest {
    @Test
    void oneFailedCookLosesOnlyItsOwnDish() {
        LabCheck.assertPasses("08");
    }
}
