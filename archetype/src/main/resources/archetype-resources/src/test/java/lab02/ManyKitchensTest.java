package ${package}.lab02;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 02 · kitchens, checked from the IDE: the same check, verdict and message as
 * {@code mvn kitchen:check -Dlab=02}. Red until {@link ManyKitchens} is written.
 */
class ManyKitchensTest {
    @Test
    void fourGreetingsComeFromCookProcessesSideBySide() {
        LabCheck.assertPasses("02");
    }
}
