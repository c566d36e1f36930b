package dev.kitchenlab.catalogue.lab06;

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
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of the two costs, on calls made up to sit clear of the talk's 5x, under it, and across it. */
class SpawnLabTest {
    private static final long KITCHEN = 1;
    private static final long COOK = 2;

    /** 23 calls of each kind, each process call with its cook checking in, timed as given (milliseconds). */
    private static Observation run(IntToDoubleFunction threadMillis, IntToDoubleFunction processMillis) {
        List<Event<?>> events = new ArrayList<>();
        long now = 1_000_000_000L;
        for (int call = 1; call <= 23; call++) {
            for (Fact.CookKind kind : Fact.CookKind.values()) {
                double millis = (kind == Fact.CookKind.THREAD ? threadMillis : processMillis).applyAsDouble(call);
                long took = Math.round(millis * 1e6);
                if (kind == Fact.CookKind.PROCESS) {
                    events.add(new Event<>(now + took / 2, COOK, 1, "main", new Fact.EmptyCookCheckedIn()));
                }
                events.add(new Event<>(now + took, KITCHEN, 1, "main", new Fact.SpawnCall(kind, call, call <= 3, now,
                        now + took, took, kind == Fact.CookKind.THREAD ? 1 : 0, 0, false)));
                now += took + 1_000;
            }
        }
        return new Observation(Duration.ofSeconds(1), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ZERO, Duration.ZERO, 2));
    }

    private static Finding costs(Observation run) {
        return SpawnLab.LAB.judge(run).stream().filter(f -> f.expectation().equals("a process costs more than a thread"))
                .findFirst().orElseThrow();
    }

    @Test
    void aProcessFarDearerThanAThreadPassesWithBothSpreads() {
        Finding costs = costs(run(call -> 0.3, call -> 100 + call));

        assertThat(costs.verdict()).isEqualTo(Verdict.PASS);
        assertThat(costs.message()).matches("a process 11\\d\\.\\d0 ms \\[\\d+\\.\\d\\d–\\d+\\.\\d\\d\\], a thread 0\\.30 ms "
                + "\\[0\\.30–0\\.30\\]: \\d+×");
    }

    @Test
    void aProcessHardlyDearerFailsWithTheClaimItMissed() {
        Finding costs = costs(run(call -> 0.3, call -> 0.9));

        assertThat(costs.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(costs.message()).endsWith("3×, and the talk's claim needs 5× at least");
    }

    @Test
    void spreadsAcrossTheClaimAreInconclusive() {
        Finding costs = costs(run(call -> call % 2 == 0 ? 0.1 : 0.5, call -> call % 2 == 0 ? 1.5 : 2.5));

        assertThat(costs.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(costs.message()).endsWith("but the spreads overlap the talk's 5.0×: run it again");
    }

    @Test
    void withoutTheStudentsWrapperTheKitsTimerIsSaidToStandIn() {
        List<Finding> findings = SpawnLab.LAB.judge(run(call -> 0.3, call -> 100));

        assertThat(findings).anySatisfy(f -> assertThat(f.message())
                .isEqualTo("timed with the kit's own timer: your lab 05 wrapper is not finished yet"));
    }
}
