package ${package}.lab05;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 05 · timed, checked from the IDE: the same check, verdict and message as
 * {@code mvn kitchen:check -Dlab=05}. Red until {@link Timed#timed} is written.
 */
class TimedTest {
    @Test
    void everyCallIsTimedToTheMillisecondAndAgreesWithTheKitsClock() {
        LabCheck.assertPasses("05");
    }
}
