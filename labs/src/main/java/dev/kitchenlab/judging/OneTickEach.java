package dev.kitchenlab.judging;

import dev.kitchenlab.events.Durations;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.verdict.Finding;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The expectation that each cook slept one tick, the talk's {@code sleep(10)}, before it greeted: a cook that slept
 * through the kit ({@code Tick.sleep}) is judged on what it asked for; one that slept on its own
 * ({@code Thread.sleep(1000)}) on how long its work took, so that a hard-coded sleep is named for what it is instead
 * of passing for cooks that took turns. A sleep that happens to equal the tick passes: the kit cannot tell.
 */
public final class OneTickEach {
    /** The expectation's name. */
    public static final String NAME = "each cook slept one tick";


    private OneTickEach() {
    }

    /** The expectation over the work {@code work} picks from a run, judged once {@code after} held. */
    public static Expectation after(String after, Function<Observation, List<CookWork>> work) {
        return Expectation.of(NAME, run -> judge(run, work.apply(run)),
                "sleep with Tick.sleep(), one tick, then greet: a check shortens the tick, a hard-coded sleep stays "
                        + "as long as it was written").after(after);
    }

    static Finding judge(Observation run, List<CookWork> work) {
        List<CookWork> throughTheKit = work.stream().filter(CookWork::sleptThroughTheKit).toList();
        List<CookWork> onTheirOwn = work.stream().filter(w -> !w.sleptThroughTheKit()).toList();
        if (!throughTheKit.isEmpty()) {
            double asked = Statistics.median(throughTheKit.stream().mapToDouble(w -> run.inTicks(Duration.ofNanos(w.sleptNanos())))
                    .toArray());
            if (Math.abs(asked - 1) > 0.01) {
                return Finding.fail(String.format("your cooks slept %.2f ticks each with Tick.sleep, not one", asked),
                        "call Tick.sleep() with no argument: one tick, as the talk's sleep(10)");
            }
        }
        if (onTheirOwn.isEmpty()) {
            return Finding.pass("each cook slept one tick with Tick.sleep()");
        }
        Duration tick = run.tick();
        long first = work.stream().mapToLong(CookWork::startNanos).min().orElse(0);
        long last = work.stream().mapToLong(CookWork::endNanos).max().orElse(0);
        Duration late = run.lateness(first, last);
        double took = Statistics.median(onTheirOwn.stream().mapToDouble(w -> run.inTicks(w.duration())).toArray());
        Duration allowance = late.plus(CookWork.uncertainty(onTheirOwn));
        if (took < 0.75) {
            return Finding.fail(String.format("your cooks greeted %s after they began, not one tick (%s) later",
                    duration(run, took), Durations.format(tick)),
                    "let each cook sleep one tick with Tick.sleep(), then greet");
        }
        if (took > 1.5 + run.inTicks(allowance)) {
            return Finding.fail(String.format("your cooks slept about %s each, not one tick (%s)",
                    duration(run, took), Durations.format(tick)));
        }
        return Finding.pass(String.format("each cook took about one tick (%.2f) from start to greeting", took));
    }

    private static String duration(Observation run, double ticks) {
        long ms = Math.round(ticks * run.tick().toNanos() / 1e6);
        return ms >= 1000 ? String.format("%.1f s", ms / 1000.0) : ms + " ms";
    }
}
