package dev.kitchenlab.verdict;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabResultTest {

    @Test
    void theWorstFindingDecidesAndTheFirstOfTheWorstSpeaks() {
        LabResult result = new LabResult("03", "cooks", "t", List.of(Finding.pass("greetings"),
                Finding.inconclusive("1.4 ticks"), Finding.fail("took turns", "use a pool"),
                Finding.fail("second", "")), Figures.NONE, List.of());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.decisive().message()).isEqualTo("took turns");
        assertThat(result.problems()).extracting(Finding::verdict)
                .containsExactly(Verdict.FAIL, Verdict.FAIL, Verdict.INCONCLUSIVE);
    }

    @Test
    void onlyFailAndWorseFailTheCheck() {
        assertThat(Verdict.INCONCLUSIVE.failsTheCheck()).isFalse();
        assertThat(Verdict.SKIPPED.failsTheCheck()).isFalse();
        assertThat(Verdict.FAIL.failsTheCheck()).isTrue();
        assertThat(Verdict.PASS.combine(Verdict.CRASH).combine(Verdict.FAIL)).isEqualTo(Verdict.CRASH);
    }

    @Test
    void aRunJudgedOnNothingIsNoPass() {
        assertThatThrownBy(() -> new LabResult("03", "cooks", "t", List.of(), Figures.NONE, List.of()))
                .hasMessageContaining("judged on nothing");
    }
}
