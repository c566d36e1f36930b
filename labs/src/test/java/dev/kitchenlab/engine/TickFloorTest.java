package dev.kitchenlab.engine;

import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortest tick the kit can judge timing with, and what a shorter one is told. */
class TickFloorTest {

    @Test
    void timingIsJudgedFromFiveTimesTheSpreadOfCookJvmsStartedSideBySide() {
        assertThat(TickFloor.STANDARD.shortest()).isEqualTo(Duration.ofMillis(500));
        assertThat(TickFloor.STANDARD.allows(Duration.ofMillis(500))).isTrue();
        assertThat(TickFloor.STANDARD.warningFor(RunOptions.DEFAULT_TICK)).isEmpty();
    }

    @Test
    void aTickTooShortIsWarnedAboutWithTheShortestThatWorks() {
        String warning = TickFloor.STANDARD.warningFor(Duration.ofMillis(100)).orElseThrow();

        assertThat(warning).startsWith("1 tick = 100ms is too short to judge timing")
                .contains("the shortest tick that works is 500ms")
                .endsWith("mvn kitchen:check -Dkitchen.tick=500ms");
    }

    @Test
    void theGoalRefusesATickTooShortAndNamesTheOneToType() {
        String refusal = KitchenCheck.refusalOfTick(Duration.ofMillis(100)).orElseThrow();

        assertThat(refusal).startsWith("-Dkitchen.tick=100ms is too short to judge timing")
                .contains("a right program can be judged wrong")
                .endsWith("the shortest tick that works is 500ms: run mvn kitchen:check -Dkitchen.tick=500ms");
        assertThat(KitchenCheck.refusalOfTick(Duration.ofMillis(500))).isEmpty();
    }

    @Test
    void anInconclusiveVerdictWithATickTooShortBlamesTheTickNotTheMachine() {
        LabResult unsure = new LabResult("03", "cooks", "4 greetings from 4 cooks", List.of(Finding.pass("greeted"),
                Finding.inconclusive("1.40 ticks: too close to call")), Figures.NONE, List.of());

        LabResult advised = TickFloor.STANDARD.advised(unsure, Duration.ofMillis(100));

        assertThat(advised.decisive().message()).isEqualTo("1.40 ticks: too close to call");
        assertThat(advised.decisive().advice()).isEqualTo("1 tick = 100ms is shorter than the 500ms the kit needs "
                + "to judge timing: run mvn kitchen:check -Dkitchen.tick=500ms -Dlab=03");
        assertThat(TickFloor.STANDARD.advised(unsure, Duration.ofSeconds(1))).isSameAs(unsure);
    }
}
