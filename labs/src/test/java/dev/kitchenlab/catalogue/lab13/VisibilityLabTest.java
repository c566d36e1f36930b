package dev.kitchenlab.catalogue.lab13;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 13's judging of how soon the cook stops, on stress runs made up: a late stop on a machine that kept up, one the
 * machine explains, and what the lab says of the CPU.
 */
class VisibilityLabTest {
    private static final long KITCHEN = 1;
    private static final String SOON = "the cook stops soon after it is told";
    private static final long MS = 1_000_000;

    /**
     * 20 warm-up rounds and 200 measured; {@code delay} says how long after the flag the cook of each round stopped;
     * {@code latenessNanos} is how late the kit's sleeper woke all along.
     */
    private static Observation run(IntToLongFunction delay, long latenessNanos) {
        List<Event<?>> events = new ArrayList<>();
        events.add(new Event<>(0, KITCHEN, 1, "main", new Fact.FlagFields("ClosingTime.stop", "")));
        long now = 1_000_000_000L;
        for (int round = 1; round <= 220; round++) {
            long flag = now + 5 * MS;
            long stopped = flag + delay.applyAsLong(round);
            events.add(new Event<>(flag, KITCHEN, 1, "main", new Fact.FlagSet(round, 5 * MS)));
            events.add(new Event<>(stopped, KITCHEN, 1, "main",
                    new Fact.FlagRound(round, round <= 20, now, flag, stopped, 5 * MS)));
            now = stopped + MS;
        }
        for (long window = 0; window <= now + 1_000_000_000L; window += 1_000_000_000L) {
            events.add(new Event<>(window, KITCHEN, 2, "kitchen-lab-sleeper",
                    new Fact.ControlLateness(window, 20, latenessNanos)));
        }
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private static Finding soon(Observation run) {
        return VisibilityLab.LAB.judge(run).stream().filter(f -> f.expectation().equals(SOON)).findFirst()
                .orElseThrow();
    }

    @Test
    void quickStopsPassWithTheirFigures() {
        Observation run = run(round -> round == 100 ? 40 * MS : MS / 10, MS);

        assertThat(VisibilityLab.LAB.judge(run)).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
        assertThat(soon(run).message()).isEqualTo("Cook A stopped at most 40.0 ms after the flag was set (500 ms "
                + "allowed), median 0.1 ms, in 200 rounds");
    }

    @Test
    void aLateStopOnAMachineThatKeptUpFails() {
        Finding finding = soon(run(round -> round % 50 == 0 ? 900 * MS : MS, MS));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).isEqualTo("in round 50 Cook A stopped 900.0 ms after the flag was set, and in "
                + "4 of 200 rounds later than 500 ms: the cook sees the flag, but looks at it only now and then");
    }

    @Test
    void aLateStopTheMachineExplainsIsInconclusiveNeverAFailure() {
        Finding finding = soon(run(round -> round == 150 ? 700 * MS : MS, 300 * MS));

        assertThat(finding.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(finding.message()).startsWith("Cook A stopped at most 700.0 ms after the flag was set");
    }

    @Test
    void theLabSaysWhichReorderingsTheCpuCanShow() {
        assertThat(VisibilityLab.reorderings("amd64")).contains("TSO").contains("only a store then a load");
        assertThat(VisibilityLab.reorderings("aarch64")).contains("any order");
        assertThat(VisibilityLab.reorderings("s390x")).contains("does not know");
    }
}
