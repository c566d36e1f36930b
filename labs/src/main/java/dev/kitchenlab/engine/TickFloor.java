package dev.kitchenlab.engine;

import dev.kitchenlab.events.Durations;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shortest tick whose timing verdicts this machine can judge right now, so that a tick too short is warned about
 * before any lab runs instead of ending in INCONCLUSIVE verdicts that blame a busy machine.
 *
 * <p>Where it comes from: a timing verdict is too noisy to give once the delays the machine adds reach half the gap
 * between the right answer and the nearest wrong one ({@code TimingRule}), and a right answer must stay within a
 * quarter of that gap to pass; the gap is one tick (lab 03) or more. So a tick must outweigh the machine's delays
 * {@value #MARGIN} times over. Those delays are how late a sleeper wakes, measured by the calibration at the start of
 * this check, plus how far apart cook JVMs become ready when several start at once: about 100 ms on two cores
 * (DESIGN.md's facts: four JVMs sleeping T side by side take 2.0 T at 100 ms, 1.5 T at 200 ms, 1.2 T at 500 ms,
 * i.e. T + 100 ms), too costly to measure at the start of every check, so a constant from that measurement.
 */
record TickFloor(Duration shortest, Duration lateness) {
    /** How far apart cook JVMs started side by side become ready on two cores (DESIGN.md, measured). */
    static final Duration COOK_START_SPREAD = Duration.ofMillis(100);
    /** How many times over a tick must outweigh the machine's delays. */
    static final int MARGIN = 4;
    // Floors are rounded up to a tick a student would type.
    private static final long STEP_MILLIS = 100;

    /** The floor on this machine now, from the calibration taken at the start of the check. */
    static TickFloor of(Calibration calibration) {
        Duration delays = COOK_START_SPREAD.plus(calibration.sleepLateness());
        long millis = delays.multipliedBy(MARGIN).toMillis();
        long rounded = (millis + STEP_MILLIS - 1) / STEP_MILLIS * STEP_MILLIS;
        return new TickFloor(Duration.ofMillis(rounded), calibration.sleepLateness());
    }

    /** Whether timing verdicts can be given with this tick. */
    boolean allows(Duration tick) {
        return tick.compareTo(shortest) >= 0;
    }

    /** The warning to show before any lab runs, when the tick is below the floor. */
    Optional<String> warningFor(Duration tick) {
        if (allows(tick)) {
            return Optional.empty();
        }
        return Optional.of(String.format("1 tick = %s is too short to judge timing on this machine now: cook JVMs "
                        + "become ready about %d ms apart and sleeps wake up to %.1f ms late, which a tick must "
                        + "outweigh %d times over; the shortest tick that works here is %s. Labs judged on timing "
                        + "may come back INCONCLUSIVE: run mvn kitchen:check -Dkitchen.tick=%s",
                Durations.format(tick), COOK_START_SPREAD.toMillis(), lateness.toNanos() / 1e6, MARGIN,
                Durations.format(shortest), Durations.format(shortest)));
    }

    /**
     * The result, its INCONCLUSIVE findings advising a longer tick when this one is below the floor: the tick, not a
     * busy machine, is then what to change.
     */
    LabResult advised(LabResult result, Duration tick) {
        if (allows(tick) || result.verdict() != Verdict.INCONCLUSIVE) {
            return result;
        }
        String advice = "1 tick = " + Durations.format(tick) + " is shorter than the " + Durations.format(shortest)
                + " this machine needs to judge timing: run mvn kitchen:check -Dkitchen.tick=" + Durations.format(shortest)
                + " -Dlab=" + result.labId();
        List<Finding> findings = result.findings().stream().map(f -> f.verdict() != Verdict.INCONCLUSIVE ? f
                : new Finding(f.expectation(), f.verdict(), f.message(), advice)).toList();
        return new LabResult(result.labId(), result.labName(), result.title(), findings, result.figures(),
                result.outputTail(), result.run().orElse(null));
    }
}
