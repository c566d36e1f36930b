package dev.kitchenlab.kitchen;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TickTest {

    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(Tick.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Tick.parse("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(Tick.parse(" 1.5 s ")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Tick.parse("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Tick.parse("1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void writesDurationsBackTheWayItReadsThem() {
        assertThat(Tick.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(Tick.format(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(Tick.parse(Tick.format(Duration.ofMillis(1250)))).isEqualTo(Duration.ofMillis(1250));
    }

    @Test
    void rejectsWhatIsNoDurationSayingHowToWriteOne() {
        assertThatThrownBy(() -> Tick.parse("fast")).hasMessageContaining("write it as 500ms, 1s or 1.5s");
        assertThatThrownBy(() -> Tick.parse("0ms")).hasMessageContaining("too short");
    }

    @Test
    void aTickRunByHandIsTheTalksTenSeconds() {
        // The surefire fork has no KITCHEN_TICK, as a lab run from the IDE.
        assertThat(System.getenv("KITCHEN_TICK")).isNull();
        assertThat(Tick.duration()).isEqualTo(Duration.ofSeconds(10));
    }
}
