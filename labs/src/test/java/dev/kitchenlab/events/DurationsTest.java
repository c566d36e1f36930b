package dev.kitchenlab.events;

import dev.kitchenlab.kitchen.Tick;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTest {

    @Test
    void readsDurationsAsPeopleWriteThem() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("1s")).isEqualTo(Duration.ofSeconds(1));
        assertThat(Durations.parse(" 1.5 s ")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Durations.parse("1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void writesDurationsBackTheWayItReadsThem() {
        assertThat(Durations.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(Durations.format(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(Durations.parse(Durations.format(Duration.ofMillis(1250)))).isEqualTo(Duration.ofMillis(1250));
    }

    @Test
    void rejectsWhatIsNoDurationSayingHowToWriteOne() {
        assertThatThrownBy(() -> Durations.parse("fast")).hasMessageContaining("write it as 500ms, 1s or 1.5s");
        assertThatThrownBy(() -> Durations.parse("0ms")).hasMessageContaining("too short");
    }

    @Test
    void aTickRunByHandIsTheTalksTenSeconds() {
        // The surefire fork has no KITCHEN_TICK, as a lab run from the IDE.
        assertThat(System.getenv(KitchenEnvironment.TICK)).isNull();
        assertThat(KitchenEnvironment.tick()).isEmpty();
        assertThat(Tick.duration()).isEqualTo(Duration.ofSeconds(10));
    }
}
