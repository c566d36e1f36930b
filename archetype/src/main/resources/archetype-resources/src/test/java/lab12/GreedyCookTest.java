package ${package}.lab12;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 12 · starvation, checked from the IDE: the same check, verdict and message as {@code mvn kitchen:check -Dlab=12}.
 * Red until every cook of {@link GreedyCook} cooks at least a quarter of an equal share in every shift.
 */
class GreedyCookTest {
    @Test
    void everyCookGetsTheStove() {
        LabCheck.assertPasses("12");
    }
}
