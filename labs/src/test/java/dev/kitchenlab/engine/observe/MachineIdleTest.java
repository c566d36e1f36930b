package dev.kitchenlab.engine.observe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The machine's idle cores, read from the kernel's counters between two calls. */
class MachineIdleTest {

    @Test
    void theFirstReadingHasNothingToCompareWithAndTheNextIsAShareOfTheMachinesCores() throws InterruptedException {
        MachineIdle machine = MachineIdle.open();

        assertThat(machine.idleCoresSinceLast()).isNaN();
        Thread.sleep(200);
        double idle = machine.idleCoresSinceLast();

        assertThat(idle).isBetween(0.0, Runtime.getRuntime().availableProcessors() + 0.01);
    }
}
