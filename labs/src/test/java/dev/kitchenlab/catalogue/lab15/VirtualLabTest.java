package dev.kitchenlab.catalogue.lab15;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 15's verdicts on made-up runs: each wrong program's diagnosis from what the kit's shift saw, the OS threads as
 * {@code ps -T} counted them, and the time ratio on either side of its floor. Runs on any JDK: only the kit judges here.
 */
class VirtualLabTest {
    private static final long KITCHEN = 1;
    private static final long SECOND = 1_000_000_000L;
    private static final long START = 1_700_000_000L * SECOND;
    private static final long VIRTUAL_START = START + SECOND;

    /** What the kit's shift saw of a mode: {@code took} seconds from the call to its return. */
    private static Fact.CooksHired mode(Fact.ThreadKind kind, long start, double took, int shifts, int doneAtReturn,
                                        int threads, int virtualShifts, int mostAtOnce, int late) {
        return new Fact.CooksHired(kind, 10_000, shifts, doneAtReturn, shifts, threads, virtualShifts, mostAtOnce,
                virtualShifts > 0 ? 2 : 0, kind == Fact.ThreadKind.PLATFORM ? threads : 2, late, start,
                start + Math.round(took * SECOND), SECOND);
    }

    private static Fact.CooksHired rightVirtual(double took) {
        return mode(Fact.ThreadKind.VIRTUAL, VIRTUAL_START, took, 10_000, 10_000, 10_000, 10_000, 10_000, 0);
    }

    private static Fact.CooksHired rightPlatform(double took) {
        return mode(Fact.ThreadKind.PLATFORM, platformStart(), took, 10_000, 10_000, 10_000, 0, 4_200, 0);
    }

    private static long platformStart() {
        return VIRTUAL_START + 10 * SECOND;
    }

    /**
     * A run with both modes, the kitchen sampled every 100 ms with {@code before} threads before the first mode,
     * {@code virtualThreads} during it and {@code platformThreads} during the second.
     */
    private static Observation run(Fact.CooksHired virtual, Fact.CooksHired platform, int before, int virtualThreads,
                                   int platformThreads) {
        List<Event<?>> events = List.of(new Event<>(virtual.endEpochNanos(), KITCHEN, 1, "main", virtual),
                new Event<>(platform.endEpochNanos(), KITCHEN, 1, "main", platform));
        List<ProcessSample> samples = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (long at = START / 1_000_000; at < platform.endEpochNanos() / 1_000_000; at += 100) {
            long nanos = at * 1_000_000;
            int threads = nanos < virtual.startEpochNanos() ? before
                    : nanos <= virtual.endEpochNanos() ? virtualThreads
                    : nanos >= platform.startEpochNanos() ? platformThreads : before;
            long rss = (40 + (threads > 1000 ? 150 : 10)) * 1_000_000L;
            samples.add(new ProcessSample(KITCHEN, 0, at, 0, 0, 0, rss, 0, threads, "sleeping", -1));
            times.add(at);
        }
        ProcessTree tree = new ProcessTree(KITCHEN, List.of(new ProcessRecord(KITCHEN, 0, "cook", "java",
                START / 1_000_000, samples)), times, 1);
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(), tree, 0, null,
                Duration.ofSeconds(50), List.of(), List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private static Observation run(Fact.CooksHired virtual, Fact.CooksHired platform) {
        return run(virtual, platform, 20, 24, 4_200);
    }

    private static Finding decisive(Observation run) {
        List<Finding> findings = VirtualLab.LAB.judge(run);
        return findings.stream().filter(f -> f.verdict() != Verdict.PASS).findFirst()
                .orElse(findings.get(findings.size() - 1));
    }

    @Test
    void tenThousandOfEachKindAllAtWorkPassWithBothModesSideBySide() {
        Observation run = run(rightVirtual(1.3), rightPlatform(4.7));

        List<Finding> findings = VirtualLab.LAB.judge(run);

        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.PASS).hasSize(4);
        assertThat(findings.get(0).message()).isEqualTo("10,000 virtual cooks, 10,000 at work at once, carried by 2 "
                + "platform thread(s)");
        assertThat(findings.get(2).message()).isEqualTo("ps -T counted 4 more OS thread(s) for the virtual cooks, "
                + "4,180 more for the platform cooks");
        assertThat(findings.get(3).message()).isEqualTo("10,000 virtual cooks in 1.30 s, 10,000 platform cooks in "
                + "4.70 s: 3.6×");
        assertThat(VirtualLab.LAB.notes(run)).containsExactly("virtual 1.30 s (1.3 ticks), 10,000 at once",
                "platform 4.70 s (4.7 ticks), 4,200 at once", "OS threads +4 virtual, +4,180 platform",
                "RSS 50 MB before, 50 MB virtual, 190 MB platform");
    }

    @Test
    void platformThreadsInTheVirtualModeAreNamed() {
        Finding finding = decisive(run(mode(Fact.ThreadKind.VIRTUAL, VIRTUAL_START, 4.5, 10_000, 10_000, 10_000, 0,
                4_000, 0), rightPlatform(4.7)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).isEqualTo("virtualCooks started 10,000 platform threads, not virtual ones: each "
                + "is an OS thread of its own");
        assertThat(finding.advice()).contains("Thread.ofVirtual().start(shift)");
    }

    @Test
    void aPoolOfEightPlatformThreadsTakingTurnsIsNamedAsAPool() {
        Finding finding = decisive(run(mode(Fact.ThreadKind.VIRTUAL, VIRTUAL_START, 10.2, 10_000, 10_000, 8, 0, 8,
                9_920), rightPlatform(4.7)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).isEqualTo("virtualCooks ran its 10,000 shifts on 8 platform thread(s), 8 at once "
                + "at most: a pool of cooks taking turns, not 10,000 virtual cooks (9,920 shifts began over 10 ticks "
                + "late, so the kit let them skip their nap)");
    }

    @Test
    void tooFewCooksAreCounted() {
        Finding finding = decisive(run(mode(Fact.ThreadKind.VIRTUAL, VIRTUAL_START, 1.1, 1_000, 1_000, 1_000, 1_000,
                1_000, 0), rightPlatform(4.7)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).isEqualTo("virtualCooks hired 1,000 cooks, one shift each: the lab asks for "
                + "COOKS, 10,000");
    }

    @Test
    void cooksNotWaitedForAreCountedStillAtWork() {
        Finding finding = decisive(run(rightVirtual(1.3), mode(Fact.ThreadKind.PLATFORM, platformStart(), 3.9, 10_000,
                7_500, 10_000, 0, 4_000, 0)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).startsWith("platformCooks came back while 2,500 of its 10,000 cooks were still "
                + "at work: join every cook");
    }

    @Test
    void virtualThreadsInThePlatformModeAreNamed() {
        Finding finding = decisive(run(rightVirtual(1.3), mode(Fact.ThreadKind.PLATFORM, platformStart(), 1.3, 10_000,
                10_000, 10_000, 10_000, 10_000, 0)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).isEqualTo("platformCooks ran 10,000 of its shifts on virtual threads: here each "
                + "cook is a platform thread, an OS thread of its own");
    }

    @Test
    void platformCooksTakingTurnsOnAPoolFail() {
        Finding finding = decisive(run(rightVirtual(1.3), mode(Fact.ThreadKind.PLATFORM, platformStart(), 11, 10_000,
                10_000, 8, 0, 8, 9_900)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).startsWith("platformCooks ran its 10,000 shifts on 8 thread(s), 8 at once at "
                + "most: the cooks took turns (9,900 shifts began over 10 ticks late");
    }

    @Test
    void aShiftNeverRunIsSaid() {
        Finding finding = decisive(run(mode(Fact.ThreadKind.VIRTUAL, VIRTUAL_START, 0.01, 0, 0, 0, 0, 0, 0),
                rightPlatform(4.7)));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).startsWith("virtualCooks never ran the shift the kit handed it");
    }

    @Test
    void platformCooksBarelySlowerAreInconclusiveNeverFail() {
        Finding finding = decisive(run(rightVirtual(3.0), rightPlatform(4.0)));

        assertThat(finding.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(finding.message()).isEqualTo("10,000 virtual cooks in 3.00 s, 10,000 platform cooks in 4.00 s: "
                + "1.3×, under the 1.5× the kit expects: the machine was too busy to tell, run it again");
    }

    @Test
    void psThatSawNoGapIsInconclusiveSinceTheShiftsSawTheKinds() {
        Finding finding = decisive(run(rightVirtual(1.3), rightPlatform(4.7), 20, 900, 1_200));

        assertThat(finding.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(finding.message()).isEqualTo("ps -T counted 880 more OS thread(s) for the virtual cooks, 1,180 more "
                + "for the platform cooks, not the 10× apart the kit expects: it may have looked at the wrong moments, "
                + "run it again");
    }

    @Test
    void aPlatformModeLookedAtOnceIsInconclusive() {
        Finding finding = decisive(run(rightVirtual(1.3), rightPlatform(0.05)));

        assertThat(finding.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(finding.message()).startsWith("the kit looked at the kitchen's threads only 1 time(s) while the "
                + "platform cooks worked");
    }

    @Test
    void aVirtualModeNeverLookedAtIsJudgedOnTheJvmsOwnCount() {
        // Looks every 100 ms from the start of the run, the virtual mode between two of them and the platform mode
        // 50 ms later: ps -T never looked while the virtual cooks worked.
        long start = VIRTUAL_START + SECOND / 100;
        Fact.CooksHired virtual = mode(Fact.ThreadKind.VIRTUAL, start, 0.02, 10_000, 10_000, 10_000, 10_000, 10_000, 0);
        Fact.CooksHired platform = mode(Fact.ThreadKind.PLATFORM, start + SECOND / 20, 4.7, 10_000, 10_000, 10_000, 0,
                4_200, 0);

        Finding finding = VirtualLab.LAB.judge(run(virtual, platform)).get(2);

        assertThat(finding.verdict()).isEqualTo(Verdict.PASS);
        assertThat(finding.message()).isEqualTo("the JVM started 2 OS thread(s) for the virtual cooks (ps -T did not "
                + "look in time), ps -T counted 4,180 more for the platform cooks");
    }
}
