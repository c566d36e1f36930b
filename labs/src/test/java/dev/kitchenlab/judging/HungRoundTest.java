package dev.kitchenlab.judging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HungRoundTest {
    @Test
    void cpuBelowATenthOfASecondIsToldInMilliseconds() {
        assertThat(HungRound.cpu(0)).isEqualTo("0 ms");
        assertThat(HungRound.cpu(4_400_000)).isEqualTo("4 ms");
        assertThat(HungRound.cpu(99_600_000)).isEqualTo("100 ms");
    }

    @Test
    void cpuFromATenthOfASecondIsToldInSeconds() {
        assertThat(HungRound.cpu(100_000_000)).isEqualTo("0.1 s");
        assertThat(HungRound.cpu(2_340_000_000L)).isEqualTo("2.3 s");
    }
}
