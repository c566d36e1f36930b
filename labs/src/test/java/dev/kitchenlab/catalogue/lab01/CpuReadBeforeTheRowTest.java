package dev.kitchenlab.catalogue.lab01;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kitchen that burns CPU for its first second (a JVM starting, OSHI loading), reads its %CPU, then prints its row
 * half a second later, as a busy machine delays it: %CPU over its whole life has fallen from 60 to 37.5 meanwhile.
 */
class CpuReadBeforeTheRowTest {
    private static final long KITCHEN = 4242;
    private static final long STARTED_MILLIS = 1_800_000_000_000L;
    private static final long ROW_AT_MILLIS = STARTED_MILLIS + 1_600;

    @Test
    void aFigureReadInTheSecondBeforeTheRowIsWhatPsShowedThen() {
        // Read at 1.1 s: 600 ms of CPU over 1.1 s of life.
        Finding cpu = cpuFinding("54.5");

        assertThat(cpu.verdict()).as(cpu.message()).isEqualTo(Verdict.PASS);
        assertThat(cpu.message()).isEqualTo("%CPU 54.5, ps 37.5–60.0 over the kitchen's life");
    }

    @Test
    void aShareInsteadOfAPercentageIsStillWrong() {
        Finding cpu = cpuFinding("0.5");

        assertThat(cpu.verdict()).as(cpu.message()).isEqualTo(Verdict.FAIL);
        assertThat(cpu.message()).startsWith("you printed %CPU 0.5, and ps saw 37.5–60.0 in the second before your row");
    }

    @Test
    void aFigureFromNoMomentOfTheLastSecondIsWrong() {
        Finding cpu = cpuFinding("95.0");

        assertThat(cpu.verdict()).as(cpu.message()).isEqualTo(Verdict.FAIL);
    }

    private static Finding cpuFinding(String printedCpu) {
        long rowNanos = ROW_AT_MILLIS * 1_000_000;
        List<Event<?>> events = List.of(
                printed(rowNanos - 1_000_000, "USER PID %CPU %MEM VSZ RSS STAT THREADS FILES"),
                printed(rowNanos, "cook " + KITCHEN + " " + printedCpu + " 0.2 4000000 51200 S 20 12"));
        Observation run = new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(), tree(), 0, null,
                Duration.ofSeconds(30), List.of(), List.of(), new Calibration(Duration.ofMillis(1),
                Duration.ofNanos(200_000), 2));
        return PsLab.LAB.judge(run).stream().filter(f -> f.expectation().equals("%CPU")).findFirst().orElseThrow();
    }

    private static Event<?> printed(long epochNanos, String text) {
        return new Event<>(epochNanos, KITCHEN, 1, "main", new Fact.OutputLine(Fact.Stream.OUT, text, true));
    }

    /** Sampled every 100 ms for two seconds: 60 % of a core for its first second, asleep after it. */
    private static ProcessTree tree() {
        List<ProcessSample> samples = new ArrayList<>();
        LongStream.rangeClosed(1, 20).map(i -> i * 100).forEach(lived -> samples.add(new ProcessSample(KITCHEN, 1,
                STARTED_MILLIS + lived, Math.min(lived, 1_000) * 6 / 10, 0, 0.2, 51_200 * 1024L, 4_000_000 * 1024L, 20,
                "sleeping", 12)));
        ProcessRecord kitchen = new ProcessRecord(KITCHEN, 1, "cook", "java", STARTED_MILLIS, samples);
        return new ProcessTree(KITCHEN, List.of(kitchen), samples.stream().map(ProcessSample::epochMillis).toList(),
                32L * 1024 * 1024 * 1024);
    }
}
