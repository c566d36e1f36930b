package dev.kitchenlab.catalogue.lab08;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 08's judgement of one meal, on made-up meals: the diagnoses no fixture reaches. */
class ServingTest {
    private static final long KITCHEN = 100;
    private static final long COOK = 200;
    private static final List<String> ORDERS = List.of("soup", "salad", "bread");

    @Test
    void aKitchenThatServesTheOthersAndNamesTheLostOnePasses() {
        Finding finding = Serving.servesTheOthers(meal(true, 0, KITCHEN, "cook-1", served("salad", "bread"),
                List.of("lost: soup")));

        assertThat(finding.verdict()).isEqualTo(Verdict.PASS);
        assertThat(finding.message()).isEqualTo("when one cook threw on soup, the other 2 dishes were served and soup "
                + "was reported lost");
    }

    @Test
    void aKitchenThatCallsAServedDishLostIsToldWhich() {
        Finding finding = Serving.servesTheOthers(meal(true, 0, KITCHEN, "cook-1", served("salad", "bread"),
                List.of("lost: soup", "lost: salad")));

        assertThat(finding.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).endsWith("your kitchen said salad lost, but it was served");
    }

    @Test
    void threadModeCookingOnMainIsNotACookThread() {
        Finding finding = Serving.servesTheOthers(meal(true, 0, KITCHEN, "main", served("salad", "bread"),
                List.of("lost: soup")));

        assertThat(finding.message()).isEqualTo("thread mode cooked 2 dishes on main, one after another, not on cook "
                + "threads");
    }

    @Test
    void processModeCookingInItsOwnKitchenHasNoCookProcess() {
        Finding finding = Serving.servesTheOthers(meal(false, 0, KITCHEN, "cook-1", served("salad", "bread"),
                List.of("lost: soup")));

        assertThat(finding.message()).isEqualTo("process mode cooked 2 dishes in its own kitchen, not in cook "
                + "processes");
        assertThat(Serving.servesTheOthers(meal(false, 0, COOK, "main", served("salad", "bread"),
                List.of("lost: soup"))).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aKitchenStillOpenAfterServingIsToldWhatKeptItOpen() {
        Finding finding = Serving.servesTheOthers(meal(true, -1, KITCHEN, "cook-1", served("salad", "bread"),
                List.of("lost: soup")));

        assertThat(finding.message()).startsWith("thread mode served its dishes, but its kitchen was still open")
                .endsWith("a thread that is not a daemon kept it open");
    }

    @Test
    void inThreadModeAnExitThatEndsTheKitchenIsTaughtNotFailed() {
        Meal exited = new Meal(crash(true, Fact.CrashKind.EXIT, Fact.CrashKind.EXIT_CODE), Set.of(KITCHEN),
                List.of(cooked(KITCHEN, "cook-2", "salad")), true, Optional.empty(), Optional.empty(), List.of());

        Finding finding = Serving.endsTheKitchen(exited);

        assertThat(finding.verdict()).isEqualTo(Verdict.PASS);
        assertThat(finding.message()).isEqualTo("when one cook called System.exit, the whole kitchen ended (exit code "
                + "86): 0 of the 2 other dishes reached the table (1 had been cooked), as Java promises");
    }

    private static Optional<Fact.MealServed> served(String... orders) {
        List<String> dishes = List.of(orders).stream().map(o -> o + ", cooked").toList();
        return Optional.of(new Fact.MealServed(String.join("\n", dishes), dishes.size()));
    }

    /** A meal where soup failed with an exception, the others were cooked where and on what thread it says. */
    private static Meal meal(boolean threads, int exit, long cookedIn, String thread, Optional<Fact.MealServed> served,
                             List<String> lostLines) {
        List<Event<Fact.DishCooked>> cooked = new ArrayList<>();
        for (String order : ORDERS.subList(1, ORDERS.size())) {
            cooked.add(cooked(cookedIn, thread, order));
        }
        return new Meal(crash(threads, Fact.CrashKind.EXCEPTION, exit), Set.of(KITCHEN, COOK), cooked, true, served,
                Optional.empty(), lostLines);
    }

    private static Event<Fact.DishCooked> cooked(long pid, String thread, String order) {
        return new Event<>(1, pid, 1, thread, new Fact.DishCooked(order, order + ", cooked"));
    }

    private static Fact.CrashMeal crash(boolean threads, Fact.CrashKind kind, int exit) {
        return new Fact.CrashMeal(threads, kind, "soup", String.join("\n", ORDERS), KITCHEN, exit, 1_000_000_000L);
    }
}
