package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortest tick a machine can judge timing with, from its calibration, and what a shorter one is told. */
class TickFloorTest {
    private static Calibration lateBy(long millis) {
        return new Calibration(Duration.ofMillis(millis), Duration.ofNanos(100_000), 2);
    }

    @Test
    void aQuietMachineJudgesTimingFromHalfASecond() {
        TickFloor floor = TickFloor.of(lateBy(2));

        assertThat(floor.shortest()).isEqualTo(Duration.ofMillis(500));
        assertThat(floor.allows(Duration.ofMillis(500))).isTrue();
        assertThat(floor.warningFor(RunOptions.DEFAULT_TICK)).isEmpty();
    }

    @Test
    void aBusyMachineNeedsALongerTick() {
        assertThat(TickFloor.of(lateBy(60)).shortest()).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aTickTooShortIsWarnedAboutWithTheShortestThatWorksHere() {
        String warning = TickFloor.of(lateBy(2)).warningFor(Duration.ofMillis(100)).orElseThrow();

        assertThat(warning).startsWith("1 tick = 100ms is too short to judge timing on this machine now")
                .contains("the shortest tick that works here is 500ms")
                .endsWith("mvn kitchen:check -Dkitchen.tick=500ms");
    }

    @Test
    void anInconclusiveVerdictWithATickTooShortBlamesTheTickNotTheMachine() {
        LabResult unsure = new LabResult("03", "cooks", "4 greetings from 4 cooks", List.of(Finding.pass("greeted"),
                Finding.inconclusive("1.40 ticks: too close to call")), Figures.NONE, List.of());
        TickFloor floor = TickFloor.of(lateBy(2));

        LabResult advised = floor.advised(unsure, Duration.ofMillis(100));

        assertThat(advised.decisive().message()).isEqualTo("1.40 ticks: too close to call");
        assertThat(advised.decisive().advice()).isEqualTo("1 tick = 100ms is shorter than the 500ms this machine needs "
                + "to judge timing: run mvn kitchen:check -Dkitchen.tick=500ms -Dlab=03");
        assertThat(floor.advised(unsure, Duration.ofSeconds(1))).isSameAs(unsure);
    }
}
