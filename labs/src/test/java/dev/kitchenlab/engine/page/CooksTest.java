package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.kitchenlab.engine.page.MadeUpRun.KITCHEN;
import static dev.kitchenlab.engine.page.MadeUpRun.T0;
import static dev.kitchenlab.engine.page.MadeUpRun.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The cooks read from a run's events: who they were, when they lived, what work they did. */
class CooksTest {
    private static final long MS = 1_000_000;

    @Test
    void aCookProcessLivesFromWhenTheKitchenStartedItNotFromWhenItCheckedIn() {
        List<Event<?>> events = List.of(event(0, KITCHEN, 1, "main", new Fact.Hello(Fact.Role.KITCHEN, 1)),
                event(10, KITCHEN, 7, "kitchen-lab-pool", new Fact.CookProcessStarted(5001)),
                event(150, 5001, 1, "main", new Fact.Hello(Fact.Role.COOK, KITCHEN)),
                event(160, 5001, 1, "main", new Fact.DishStarted("Kai", 1)),
                event(400, 5001, 1, "main", new Fact.DishFinished("Kai")),
                event(450, KITCHEN, 7, "kitchen-lab-pool", new Fact.CookProcessEnded(5001, 0)));

        Cooks.Cook cook = Cooks.of(events).cooks().get(0);

        assertThat(cook.name()).isEqualTo("cook process 5001");
        assertThat(cook.bornNanos()).as("the JVM's start is part of the process's life").isEqualTo(T0 + 10 * MS);
        assertThat(cook.goneNanos()).isEqualTo(T0 + 450 * MS);
        assertThat(cook.work()).singleElement().satisfies(dish -> {
            assertThat(dish.startNanos()).isEqualTo(T0 + 160 * MS);
            assertThat(dish.endNanos()).isEqualTo(T0 + 400 * MS);
        });
    }

    @Test
    void aDishNeverFinishedLastsAsLongAsItsCookWasSeenAndTheKitsOwnThreadsAreNoCooks() {
        List<Event<?>> events = List.of(event(0, KITCHEN, 1, "main", new Fact.Hello(Fact.Role.KITCHEN, 1)),
                event(1, KITCHEN, 1, "main", new Fact.MainStarted("Lab")),
                event(5, KITCHEN, 9, "kitchen-lab-control", new Fact.ControlLateness(T0, 10, 1)),
                event(10, KITCHEN, 21, "cook-1", new Fact.DishStarted("Kai", 1)),
                event(300, KITCHEN, 21, "cook-1", new Fact.OutputLine(Fact.Stream.OUT, "half a greeting", false)),
                event(310, 6000, 1, "main", new Fact.OutputLine(Fact.Stream.OUT, "a JVM that never said hello", true)));

        Cooks.Timeline timeline = Cooks.of(events);

        assertThat(timeline.cooks()).extracting(Cooks.Cook::name).containsExactly("cook-1");
        assertThat(timeline.cooks().get(0).work()).singleElement().satisfies(dish -> {
            assertThat(dish.what()).contains("never finished");
            assertThat(dish.endNanos()).isEqualTo(T0 + 300 * MS);
        });
        assertThat(timeline.main()).isPresent();
    }
}
