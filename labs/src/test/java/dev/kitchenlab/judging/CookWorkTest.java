package dev.kitchenlab.judging;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a cook's work began when the only witness is its process, seen from outside: a JVM that starts burns a core,
 * then rests while it sleeps; a process that used next to no CPU counts as resting only if the machine had a core to
 * give it.
 */
class CookWorkTest {
    private static final long KITCHEN = 100;
    private static final long COOK = 101;
    private static final long T0 = 1_700_000_000_000L;

    @Test
    void aCookThatWentQuietOnAMachineWithCoresToSpareBeganItsWorkThen() {
        CookWork work = workOfTheOneCook(List.of(1.5, 1.5, 1.5, 1.5));

        assertThat(work.basis()).isEqualTo(CookWork.Basis.PROCESS_IDLE);
        assertThat(work.startNanos()).isEqualTo((T0 + 150) * 1_000_000);
    }

    @Test
    void aCookThatWentQuietWhileEveryCoreWasTakenMayStillHaveBeenStarting() {
        // The same samples, but the machine had no core idle when the cook looked at rest: it may have been waiting
        // for one, still starting, so its start is all that is known.
        CookWork work = workOfTheOneCook(List.of(1.5, 1.5, 0.05, 1.5));

        assertThat(work.basis()).isEqualTo(CookWork.Basis.PROCESS);
        assertThat(work.startNanos()).isEqualTo(T0 * 1_000_000);
    }

    @Test
    void whereTheMachineWasNotMeasuredTheQuietMomentStillCounts() {
        CookWork work = workOfTheOneCook(List.of());

        assertThat(work.basis()).isEqualTo(CookWork.Basis.PROCESS_IDLE);
    }

    /** A cook process sampled every 100 ms: busy starting, quiet from the third sample, greeting at 1.2 s. */
    private static CookWork workOfTheOneCook(List<Double> idleCores) {
        List<Long> times = List.of(T0 + 0, T0 + 100, T0 + 200, T0 + 300);
        double[] cpuPercent = {90, 95, 2, 1};
        List<ProcessSample> samples = new java.util.ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            samples.add(new ProcessSample(COOK, KITCHEN, times.get(i), 100 * i, cpuPercent[i], 0.1, 40_000_000,
                    900_000_000, 12, "sleeping", -1));
        }
        ProcessRecord cook = new ProcessRecord(COOK, KITCHEN, "cook", "java", T0, samples);
        ProcessTree tree = new ProcessTree(KITCHEN, List.of(cook), times, 8_000_000_000L, idleCores);
        Observation run = new Observation(Duration.ofSeconds(1), KITCHEN, List.of(), List.of(), tree, 0, null,
                Duration.ofSeconds(10), List.of(), List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
        PrintedLine greeting = new PrintedLine(Fact.Stream.OUT, "Hi Tessa!", (T0 + 1_200) * 1_000_000, COOK,
                PrintedLine.UNKNOWN, null, true);
        return CookWork.of(run, List.of(greeting)).get(0);
    }
}
