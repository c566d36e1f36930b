package dev.kitchenlab.lab;

import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.verdict.Finding;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One claim of a lab, named, with the function that judges it from what the run was seen to do and the advice a
 * student gets when it does not hold. Expectations are judged in the order a lab declares them; one that is
 * declared {@link #after} others is judged only when those were judged and did not fail, so a student is never
 * told that cooks who printed nothing printed too slowly.
 *
 * @param name what is expected, in a few words ({@code "about one tick"})
 * @param judge judges the run; the finding's advice, when it has none of its own, is {@code advice}
 * @param advice what to do when the expectation does not hold, in kitchen words
 * @param after the names of the expectations that must have held first
 */
public record Expectation(String name, Function<Observation, Finding> judge, String advice, List<String> after) {

    /** Checks the parts. */
    public Expectation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(advice, "advice");
        after = List.copyOf(after);
    }

    /** An expectation judged on every run that reached the lab's work. */
    public static Expectation of(String name, Function<Observation, Finding> judge, String advice) {
        return new Expectation(name, judge, advice, List.of());
    }

    /** This expectation, judged only when the named ones held (were judged, and did not fail). */
    public Expectation after(String... names) {
        return new Expectation(name, judge, advice, List.of(names));
    }

    /** The run, judged: the finding carries this expectation's name, and its advice when it has none. */
    public Finding judge(Observation run) {
        return judge.apply(run).named(name).advisedIfNeeded(advice);
    }
}
