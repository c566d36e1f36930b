package dev.kitchenlab.catalogue.lab08;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One meal of lab 08 as the kit saw it: the crash kitchen that served it and every process under it, the dishes the
 * kit's stove cooked there (the truth), what the student's mode returned or threw (the claim), and the lines that
 * said a dish was lost.
 *
 * @param crash how the kit ran it
 * @param pids the crash kitchen and every process under it that reported to the kit
 * @param cooked the dishes the stove cooked, each with its process and thread
 * @param stoveFailed whether the stove reached the order that fails
 * @param served what the mode returned, if it returned
 * @param threw what the mode threw, if it threw
 * @param lostLines the lines printed that say something was lost
 */
record Meal(Fact.CrashMeal crash, Set<Long> pids, List<Event<Fact.DishCooked>> cooked, boolean stoveFailed,
            Optional<Fact.MealServed> served, Optional<Fact.MealThrew> threw, List<String> lostLines) {
    private static final Pattern LOST = Pattern.compile("(?i)\\blost\\b");

    /** Every meal the kit served in the run, in the order it served them. */
    static List<Meal> all(Observation run) {
        List<Meal> meals = new ArrayList<>();
        for (Event<Fact.CrashMeal> crash : run.kitchenEvents(Fact.CrashMeal.class)) {
            Set<Long> pids = family(run, crash.fact().kitchenPid());
            long kitchen = crash.fact().kitchenPid();
            meals.add(new Meal(crash.fact(), pids, of(run, Fact.DishCooked.class, pids),
                    !of(run, Fact.StoveFailed.class, pids).isEmpty(),
                    of(run, Fact.MealServed.class, Set.of(kitchen)).stream().map(Event::fact).findFirst(),
                    of(run, Fact.MealThrew.class, Set.of(kitchen)).stream().map(Event::fact).findFirst(),
                    of(run, Fact.OutputLine.class, pids).stream().map(e -> e.fact().text())
                            .filter(text -> LOST.matcher(text).find()).toList()));
        }
        return meals;
    }

    /** The meal served in that mode with that failure, if the kit served it. */
    static Optional<Meal> find(List<Meal> meals, boolean threads, Fact.CrashKind kind) {
        return meals.stream().filter(m -> m.crash().threads() == threads && m.crash().kind() == kind).findFirst();
    }

    /** The order that failed. */
    String failing() {
        return crash.failing();
    }

    /** Every order but the one that failed. */
    List<String> others() {
        return List.of(crash.orders().split("\n")).stream().filter(o -> !o.equals(failing())).toList();
    }

    /** What the failing cook did, in words: {@code called System.exit}. */
    String how() {
        return switch (crash.kind()) {
            case EXCEPTION -> "threw";
            case EXIT -> "called System.exit";
            case HALT -> "called Runtime.halt";
            case OUT_OF_MEMORY -> "ran out of memory";
        };
    }

    /** Whether the kit stopped the crash kitchen because it was still going long after its meal. */
    boolean hung() {
        return crash.exitCode() < 0;
    }

    /** The dishes the mode returned; none when it did not return. */
    List<String> servedDishes() {
        return served.filter(s -> s.count() > 0).map(s -> List.of(s.dishes().split("\n"))).orElse(List.of());
    }

    /** The orders the stove cooked. */
    Set<String> cookedOrders() {
        Set<String> orders = new HashSet<>();
        cooked.forEach(e -> orders.add(e.fact().order()));
        return orders;
    }

    /** The other orders whose dish the mode returned. */
    List<String> othersServed() {
        List<String> dishes = servedDishes();
        return cooked.stream().filter(e -> !e.fact().order().equals(failing()) && dishes.contains(e.fact().dish()))
                .map(e -> e.fact().order()).distinct().toList();
    }

    /** Whether a line said that {@code order} was lost. */
    boolean reportedLost(String order) {
        Pattern named = Pattern.compile("\\b" + Pattern.quote(order) + "\\b");
        return lostLines.stream().anyMatch(line -> named.matcher(line).find());
    }

    /** The crash kitchen, and every process that says it was started by it or by one of them. */
    private static Set<Long> family(Observation run, long kitchenPid) {
        Set<Long> pids = new HashSet<>(Set.of(kitchenPid));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Event<Fact.Hello> hello : run.events(Fact.Hello.class)) {
                if (pids.contains(hello.fact().parentPid()) && pids.add(hello.pid())) {
                    grew = true;
                }
            }
        }
        return pids;
    }

    private static <F extends Fact> List<Event<F>> of(Observation run, Class<F> kind, Set<Long> pids) {
        return run.events(kind).stream().filter(e -> pids.contains(e.pid())).toList();
    }
}
