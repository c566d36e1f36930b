package dev.kitchenlab.catalogue.lab08;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.verdict.Finding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges one meal of lab 08 against the talk's table: what the stove cooked beside what the kitchen served and said
 * it lost. Each check names the evidence, in the kitchen's words.
 */
final class Serving {
    private static final String CATCH = "catch CookFailedException around map: its dishes() holds what the other "
            + "cooks served (null where lost), its lost() the orders that were lost";

    private Serving() {
    }

    /**
     * What makes a meal impossible to judge on its dishes, whatever the failure: a kitchen that hung, that cooked
     * nothing on the stove, or cooked in the wrong place for its mode.
     */
    static Optional<Finding> unjudgeable(Meal meal) {
        String mode = meal.crash().threads() ? "thread mode" : "process mode";
        if (meal.hung()) {
            String took = String.format(Locale.ROOT, "%.0f s", meal.crash().tookNanos() / 1e9);
            if (meal.served().isPresent()) {
                return Optional.of(Finding.fail(mode + " served its dishes, but its kitchen was still open "
                        + took + " after it started: a thread that is not a daemon kept it open",
                        "shut your executor down (or close your pool) before returning the dishes"));
            }
            return Optional.of(Finding.fail(mode + "'s kitchen was still waiting " + took
                    + " after it started, when one cook " + meal.how() + " on " + meal.failing() + ": a kitchen that "
                    + "waits for a dish that will never come waits forever, as Python's Pool.map does",
                    "wait for what the pool gives back: it fails a lost dish at once"));
        }
        if (meal.cooked().isEmpty() && !meal.stoveFailed()) {
            return Optional.of(Finding.fail(mode + " cooked nothing on the kit's stove"
                    + meal.threw().map(t -> ": it threw " + t.exception()).orElse(""),
                    "in your recipe, cook each order with Stove.cook(order) and return its dish"));
        }
        if (!meal.stoveFailed()) {
            return Optional.of(Finding.fail(mode + " never put " + meal.failing() + " on the kit's stove: it cooked "
                    + meal.cookedOrders().size() + " of the " + (meal.others().size() + 1) + " orders",
                    "cook every order you are given"));
        }
        long kitchen = meal.crash().kitchenPid();
        if (meal.crash().threads()) {
            long elsewhere = meal.cooked().stream().filter(e -> e.pid() != kitchen).count();
            if (elsewhere > 0) {
                return Optional.of(Finding.fail("thread mode cooked " + elsewhere + " dishes in other processes, "
                        + "not on threads of its own kitchen", "thread mode cooks with a ThreadPool"));
            }
            long onMain = meal.cooked().stream().filter(e -> e.threadName().equals("main")).count();
            if (onMain > 0) {
                return Optional.of(Finding.fail("thread mode cooked " + onMain + " dishes on main, one after "
                        + "another, not on cook threads", "thread mode cooks with a ThreadPool"));
            }
        } else {
            long atHome = meal.cooked().stream().filter(e -> e.pid() == kitchen).count();
            if (atHome > 0) {
                return Optional.of(Finding.fail("process mode cooked " + atHome + " dishes in its own kitchen, "
                        + "not in cook processes", "process mode cooks with a ProcessPool"));
            }
        }
        return Optional.empty();
    }

    /** The table's "served" cells: the kitchen lives on, serves every other dish, and says which one was lost. */
    static Finding servesTheOthers(Meal meal) {
        Optional<Finding> unjudgeable = unjudgeable(meal);
        if (unjudgeable.isPresent()) {
            return unjudgeable.get();
        }
        String when = "when one cook " + meal.how() + " on " + meal.failing();
        List<String> others = meal.others();
        List<String> cookedOthers = others.stream().filter(meal.cookedOrders()::contains).toList();
        String lostWithIt = "none of the " + others.size() + " other dishes reached the table, though the other "
                + "cooks had cooked " + cookedOthers.size();
        if (meal.threw().isPresent()) {
            return Finding.fail(when + ", your kitchen let " + simpleName(meal.threw().get().exception())
                    + " escape: " + lostWithIt, CATCH);
        }
        if (meal.served().isEmpty()) {
            return Finding.fail(when + ", your whole kitchen ended (exit code " + meal.crash().exitCode() + "): "
                    + lostWithIt, "a failed dish ends only its own cook: catch the failure, serve the rest, and let "
                    + "the kitchen go on");
        }
        List<String> fake = meal.servedDishes().stream()
                .filter(dish -> meal.cooked().stream().map(Event::fact).noneMatch(c -> c.dish().equals(dish)))
                .toList();
        if (!fake.isEmpty()) {
            return Finding.fail(when + ", your kitchen served " + quoted(fake) + ", which no cook cooked on the "
                    + "kit's stove", "serve the dishes your cooks gave back, and nothing else");
        }
        List<String> uncooked = others.stream().filter(o -> !meal.cookedOrders().contains(o)).toList();
        if (!uncooked.isEmpty()) {
            return Finding.fail(when + ", " + String.join(", ", uncooked) + " never reached a stove: only "
                    + cookedOthers.size() + " of the " + others.size() + " other orders were cooked",
                    "cook every order; one failed cook must not stop the others");
        }
        List<String> notServed = others.stream().filter(o -> !meal.othersServed().contains(o)).toList();
        if (!notServed.isEmpty()) {
            return Finding.fail(when + ", your kitchen served " + meal.othersServed().size() + " of the "
                    + others.size() + " other dishes: " + String.join(", ", notServed) + " were cooked but never "
                    + "reached the table", CATCH);
        }
        if (!meal.reportedLost(meal.failing())) {
            return Finding.fail(when + ", the other " + others.size() + " dishes were served, but your kitchen did "
                    + "not say that " + meal.failing() + " was lost", "print a line naming each lost order, such as: "
                    + "lost: " + meal.failing());
        }
        List<String> falselyLost = others.stream().filter(meal::reportedLost).toList();
        if (!falselyLost.isEmpty()) {
            return Finding.fail(when + ", your kitchen said " + String.join(", ", falselyLost) + " lost, but "
                    + (falselyLost.size() == 1 ? "it was" : "they were") + " served",
                    "name only the orders CookFailedException.lost() gives");
        }
        return Finding.pass(when + ", the other " + others.size() + " dishes were served and " + meal.failing()
                + " was reported lost");
    }

    /** The table's "all lost" cell: {@code System.exit} or {@code halt} in a cook thread ends the whole kitchen. */
    static Finding endsTheKitchen(Meal meal) {
        Optional<Finding> unjudgeable = unjudgeable(meal);
        if (unjudgeable.isPresent()) {
            return unjudgeable.get();
        }
        long cookedOthers = meal.others().stream().filter(meal.cookedOrders()::contains).count();
        if (meal.crash().exitCode() == Fact.CrashKind.EXIT_CODE && meal.served().isEmpty()) {
            return Finding.pass("when one cook " + meal.how() + ", the whole kitchen ended (exit code "
                    + meal.crash().exitCode() + "): 0 of the " + meal.others().size() + " other dishes reached the "
                    + "table (" + cookedOthers + " had been cooked), as Java promises");
        }
        return Finding.fail("one cook " + meal.how() + " on " + meal.failing() + ", yet the kitchen ended with exit "
                + "code " + meal.crash().exitCode() + (meal.served().isPresent() ? " and served "
                + meal.served().get().count() + " dishes" : "") + ": in thread mode every cook shares one JVM",
                "thread mode cooks on threads of its own kitchen, with a ThreadPool");
    }

    /** What came of a meal, shown and not judged: {@code 5/5} other dishes served, and how the kitchen ended. */
    static String outcome(Meal meal) {
        if (meal.hung()) {
            return "hung";
        }
        int exit = meal.crash().exitCode();
        return meal.othersServed().size() + "/" + meal.others().size() + (exit == 0 ? "" : " (exit " + exit + ")");
    }

    /** {@code CookFailedException}, from {@code dev.kitchenlab.kitchen.CookFailedException: item 1 ...}. */
    private static String simpleName(String exception) {
        String type = exception.split(":", 2)[0];
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static String quoted(List<String> dishes) {
        return "\"" + String.join("\", \"", dishes) + "\"";
    }
}
