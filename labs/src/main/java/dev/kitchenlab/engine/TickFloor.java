package dev.kitchenlab.engine;

import dev.kitchenlab.events.Durations;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The shortest tick whose timing verdicts the kit can give, so that a tick too short is refused (by the goal) or warned
 * about (by a lab's JUnit test) before any lab runs, instead of ending in verdicts that blame a busy machine.
 *
 * <p>Where it comes from: a right answer passes while it is within a quarter of the gap to the nearest wrong one
 * ({@code TimingRule}); the gap is one tick (lab 03) or more. Cook JVMs started side by side become ready about
 * 100 ms apart on two cores (DESIGN.md's facts: four JVMs sleeping T side by side take 2.0 T at 100 ms, 1.5 T at
 * 200 ms, 1.2 T at 500 ms, i.e. T + 100 ms), so a tick must be {@value #MARGIN} times that spread for it to stay
 * under a fifth of a tick, inside the quarter. A constant from that measurement, not one taken at each check: the
 * calibration's sleep lateness is the worst of forty naps in Maven's own JVM, which one class-loading pause there
 * raised to 115 ms in an IT whose lab then passed at a 100 ms tick; how busy the machine is while a lab runs is
 * judged by the lab's own control sleeper.
 *
 * @param shortest the shortest tick that judges timing
 */
record TickFloor(Duration shortest) {
    /** How far apart cook JVMs started side by side become ready on two cores (DESIGN.md, measured). */
    static final Duration COOK_START_SPREAD = Duration.ofMillis(100);
    /** How many times over a tick must outweigh that spread. */
    static final int MARGIN = 5;
    /** The floor: {@value #MARGIN} times the spread. */
    static final TickFloor STANDARD = new TickFloor(COOK_START_SPREAD.multipliedBy(MARGIN));

    /** Whether timing verdicts can be given with this tick. */
    boolean allows(Duration tick) {
        return tick.compareTo(shortest) >= 0;
    }

    /** The warning to show before any lab runs, when the tick is below the floor. */
    Optional<String> warningFor(Duration tick) {
        if (allows(tick)) {
            return Optional.empty();
        }
        return Optional.of(String.format("1 tick = %s is too short to judge timing: cook JVMs started side by side "
                        + "become ready about %d ms apart, which a tick must outweigh %d times over; the shortest tick "
                        + "that works is %s. Labs judged on timing may come back INCONCLUSIVE: run mvn kitchen:check "
                        + "-Dkitchen.tick=%s", Durations.format(tick), COOK_START_SPREAD.toMillis(), MARGIN,
                Durations.format(shortest), Durations.format(shortest)));
    }

    /**
     * Why a check asked for with this tick is refused, when it is below the floor: under it, cook JVMs coming apart
     * made a right lab 03 fail ("took turns: 2.8 ticks" at 100 ms on a loaded machine), not only come back
     * INCONCLUSIVE.
     */
    Optional<String> refusalOf(Duration tick) {
        if (allows(tick)) {
            return Optional.empty();
        }
        return Optional.of(String.format("-Dkitchen.tick=%s is too short to judge timing: cook JVMs started side by "
                        + "side become ready about %d ms apart, which a tick must outweigh %d times over, and under "
                        + "that a right program can be judged wrong; the shortest tick that works is %s: run mvn "
                        + "kitchen:check -Dkitchen.tick=%s", Durations.format(tick), COOK_START_SPREAD.toMillis(),
                MARGIN, Durations.format(shortest), Durations.format(shortest)));
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
                + " the kit needs to judge timing: run mvn kitchen:check -Dkitchen.tick=" + Durations.format(shortest)
                + " -Dlab=" + result.labId();
        List<Finding> findings = result.findings().stream().map(f -> f.verdict() != Verdict.INCONCLUSIVE ? f
                : new Finding(f.expectation(), f.verdict(), f.message(), advice)).toList();
        return new LabResult(result.labId(), result.labName(), result.title(), findings, result.figures(),
                result.outputTail(), result.run().orElse(null));
    }
}
