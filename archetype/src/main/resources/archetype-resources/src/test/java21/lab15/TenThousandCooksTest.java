package ${package}.lab15;

import dev.kitchenlab.junit.LabCheck;
import org.junit.jupiter.api.Test;

/**
 * Lab 15 · virtual threads, checked from the IDE: the same check, verdict and message as
 * {@code mvn kitchen:check -Dlab=15}. Compiled and run only on JDK 21+ (it lives in {@code src/test/java21}). Red until
 * {@link TenThousandCooks} starts 10,000 virtual cooks and 10,000 platform cooks, all at work together.
 */
class TenThousandCooksTest {
    @Test
    void tenThousandVirtualCooksCostTheOsAHandfulOfThreads() {
        LabCheck.assertPasses("15");
    }
}
