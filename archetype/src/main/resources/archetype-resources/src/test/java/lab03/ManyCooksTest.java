package ${package}.lab03;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 03 · cooks, checked from the IDE: the same check, verdict and message as
 * {@code mvn kitchen:check -Dlab=03}. Red until {@link ManyCooks} is written.
 */
class ManyCooksTest {
    @Test
    void fourCooksInOneKitchenGreetInAboutOneTick() {
        LabCheck.assertPasses("03");
    }
}
