package dev.kitchenlab.judging;

import org.junit.jupiter.api.Test;

import static dev.kitchenlab.judging.TimingRule.Outcome.RIGHT;
import static dev.kitchenlab.judging.TimingRule.Outcome.TOO_CLOSE_TO_CALL;
import static dev.kitchenlab.judging.TimingRule.Outcome.TOO_NOISY;
import static dev.kitchenlab.judging.TimingRule.Outcome.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

class TimingRuleTest {

    @Test
    void oneTickIsRightAndTwoIsWrongOnAQuietMachine() {
        TimingRule rule = new TimingRule(1, 2, 0.01);

        assertThat(rule.judge(1.02)).isEqualTo(RIGHT);
        assertThat(rule.judge(4.0)).isEqualTo(WRONG);
        assertThat(rule.judge(2.0)).isEqualTo(WRONG);
        assertThat(rule.judge(1.4)).isEqualTo(TOO_CLOSE_TO_CALL);
    }

    @Test
    void aBusyMachineWidensTheMarginForTheRightAnswer() {
        assertThat(new TimingRule(1, 2, 0.01).judge(1.3)).isNotEqualTo(RIGHT);
        assertThat(new TimingRule(1, 2, 0.1).judge(1.3)).isEqualTo(RIGHT);
    }

    @Test
    void aMachineTooLateToTellOneRoundFromTwoJudgesNothing() {
        TimingRule rule = new TimingRule(1, 2, 0.6);

        assertThat(rule.judge(1.0)).isEqualTo(TOO_NOISY);
        assertThat(rule.judge(4.0)).isEqualTo(TOO_NOISY);
    }
}
