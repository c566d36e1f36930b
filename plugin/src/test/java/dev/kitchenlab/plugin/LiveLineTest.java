package dev.kitchenlab.plugin;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What the live line says: the lab, how long it has run in seconds and ticks, and which rerun it is. */
class LiveLineTest {
    private final AtomicLong now = new AtomicLong();

    /** A live line timed by the test's clock, drawn where no one sees it: only its text is read. */
    private LiveLine drawnNowhere() {
        return LiveLine.on(new PrintStream(OutputStream.nullOutputStream()), now::get);
    }

    @Test
    void itTellsTheLabAndItsTimeInSecondsAndTicks() {
        try (LiveLine line = drawnNowhere()) {
            line.tick(Duration.ofMillis(500));
            line.started("12 starvation");
            now.addAndGet(Duration.ofMillis(3_200).toNanos());

            assertThat(line.text()).isEqualTo("  ⋯ 12 starvation  running 3 s (6 ticks)");
        }
    }

    @Test
    void aRerunSaysWhichRunItIsAndCountsItsOwnTime() {
        try (LiveLine line = drawnNowhere()) {
            line.started("03 cooks");
            now.addAndGet(Duration.ofSeconds(4).toNanos());
            line.rerun(1, 2);
            now.addAndGet(Duration.ofSeconds(1).toNanos());

            assertThat(line.text()).isEqualTo("  ⋯ 03 cooks  running 1 s (1 tick) · rerun 1 of 2");
        }
    }

    @Test
    void betweenLabsThereIsNothingToShow() {
        try (LiveLine line = drawnNowhere()) {
            line.started("03 cooks");
            line.stopped();

            assertThat(line.text()).isEmpty();
        }
    }
}
