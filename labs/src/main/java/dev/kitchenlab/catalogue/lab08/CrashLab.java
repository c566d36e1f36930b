package dev.kitchenlab.catalogue.lab08;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lab 08, the talk's "if a thread crashes, all threads crash": the student's {@code threadMode} and
 * {@code processMode} serve six orders while the kit's stove fails one, each meal in a kitchen JVM of its own, and
 * the dishes served are held against the talk's table, Java's finer truth: an exception ends only its own cook, in
 * either mode; {@code System.exit} and {@code Runtime.halt} end every cook thread of the kitchen (taught, not
 * failed), but only the one cook process. An {@code OutOfMemoryError} is shown, not judged: a starved heap may fail
 * the other cook threads too.
 */
public final class CrashLab {
    private static final String THREAD_THROWS = "thread mode serves the rest when a cook throws";
    private static final String PROCESS_THROWS = "process mode serves the rest when a cook throws";
    private static final String PROCESS_EXITS = "process mode serves the rest when a cook process exits";
    private static final String THREAD_EXITS = "in thread mode, System.exit ends every cook";
    private static final Map<Fact.CrashKind, String> SHORT = Map.of(Fact.CrashKind.EXCEPTION, "throw",
            Fact.CrashKind.EXIT, "exit", Fact.CrashKind.HALT, "halt", Fact.CrashKind.OUT_OF_MEMORY, "OOM");

    /** The declaration. */
    public static final Lab LAB = Lab.builder("08", "crash")
            .title("who survives a crash")
            .claim("an uncaught exception ends only the cook it is thrown in, thread or process; System.exit ends "
                    + "the whole kitchen, every cook thread in it, but a cook process only itself")
            .mainClass("Crash")
            .driver(Driver.CRASH)
            .timeoutTicks(60)
            .hints("One cook fails: the pool serves the other dishes and throws CookFailedException for the lost "
                            + "one once all are done. Catch it instead of letting it end your kitchen.",
                    "catch (CookFailedException e) { served = e.dishes(); ... } gives every dish in order, null "
                            + "where lost; e.lost() gives the lost orders: print each, such as lost: soup.",
                    "Return the dishes that are not null. The same code serves both modes: only the pool differs "
                            + "(new ThreadPool(3), new ProcessPool()).")
            .expect(Expectation.of(THREAD_THROWS, run -> judge(run, true, Fact.CrashKind.EXCEPTION),
                    "catch the pool's CookFailedException, serve its dishes(), print its lost()"))
            .expect(Expectation.of(PROCESS_THROWS, run -> judge(run, false, Fact.CrashKind.EXCEPTION),
                    "catch the pool's CookFailedException, serve its dishes(), print its lost()"))
            .expect(Expectation.of(PROCESS_EXITS, run -> both(run, false, Serving::servesTheOthers),
                    "catch the pool's CookFailedException: a dead cook process loses only its own dish"))
            .expect(Expectation.of(THREAD_EXITS, run -> both(run, true, Serving::endsTheKitchen),
                    "cook on threads of your own kitchen, with a ThreadPool"))
            .notes(CrashLab::notes)
            .build();

    private CrashLab() {
    }

    private static Finding judge(Observation run, boolean threads, Fact.CrashKind kind) {
        return Meal.find(Meal.all(run), threads, kind).map(Serving::servesTheOthers)
                .orElseGet(() -> notServed(threads, kind));
    }

    /** The meals where a cook exits and where it halts, judged alike: the first that does not hold, or both. */
    private static Finding both(Observation run, boolean threads, Function<Meal, Finding> judge) {
        List<Meal> meals = Meal.all(run);
        List<String> held = new ArrayList<>();
        for (Fact.CrashKind kind : List.of(Fact.CrashKind.EXIT, Fact.CrashKind.HALT)) {
            Optional<Meal> meal = Meal.find(meals, threads, kind);
            if (meal.isEmpty()) {
                return notServed(threads, kind);
            }
            Finding finding = judge.apply(meal.get());
            if (finding.verdict() != Verdict.PASS) {
                return finding;
            }
            held.add(finding.message());
        }
        return Finding.pass(String.join("; ", held));
    }

    /** A meal the driver never served: it stopped after a mode that was not started or hung, said elsewhere. */
    private static Finding notServed(boolean threads, Fact.CrashKind kind) {
        return Finding.fail("the kit did not serve " + (threads ? "thread" : "process") + " mode a meal where one "
                + "cook fails with " + name(kind) + ": an earlier meal of that mode hung or was not started",
                "see the finding before this one");
    }

    private static String name(Fact.CrashKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static List<String> notes(Observation run) {
        List<Meal> meals = Meal.all(run);
        List<String> notes = new ArrayList<>();
        for (boolean threads : new boolean[] {true, false}) {
            String line = meals.stream().filter(m -> m.crash().threads() == threads)
                    .map(m -> SHORT.get(m.crash().kind()) + " " + Serving.outcome(m)).collect(Collectors.joining(", "));
            if (!line.isEmpty()) {
                notes.add((threads ? "thread mode: " : "process mode: ") + line);
            }
        }
        if (!meals.isEmpty()) {
            notes.add("other dishes served when " + meals.get(0).failing() + " failed; OOM shown, not judged");
            notes.add(String.format(Locale.ROOT, "%d meals in %.1f s", meals.size(),
                    meals.stream().mapToLong(m -> m.crash().tookNanos()).sum() / 1e9));
        }
        return notes;
    }
}
