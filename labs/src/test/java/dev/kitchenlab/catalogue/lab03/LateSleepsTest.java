package dev.kitchenlab.catalogue.lab03;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 03's reference solution as a kitchen recorded it in a plugin IT, three ITs at a time on 2 cores: its four cooks
 * fell asleep together for one tick of 500 ms, one woke on time, the other three woke together 300 ms late, while the
 * kit's control sleeper never woke more than 17 ms late. The sleeps that woke late say the machine held the cooks up:
 * too busy to judge, not cooks that took turns.
 */
class LateSleepsTest {
    private static final long KITCHEN = 14295;
    private static final String ABOUT_ONE_TICK = "about one tick";

    @Test
    void cooksWhoseSleepsWokeLateAreNotCooksThatTookTurns() throws Exception {
        Finding finding = aboutOneTick(recorded());

        assertThat(finding.verdict()).as(finding.message()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(finding.message()).isEqualTo("1.63 ticks, but the machine was busy: a sleep woke 299 ms late "
                + "while the lab ran, too late to tell 1 tick from 2");
    }

    @Test
    void theSameGreetingsAfterSleepsOnTimeAreCooksThatTookTurns() throws Exception {
        List<Event<?>> onTime = recorded().stream().map(LateSleepsTest::wokeOnTime).toList();

        Finding finding = aboutOneTick(onTime);

        assertThat(finding.verdict()).as(finding.message()).isEqualTo(Verdict.FAIL);
        assertThat(finding.message()).startsWith("your cooks took turns: 1.6 ticks");
    }

    /** A sleep moved to end when it woke, on time: the late cooks' late greetings are then theirs. */
    private static Event<?> wokeOnTime(Event<?> event) {
        if (event.fact() instanceof Fact.Slept slept) {
            return new Event<>(event.epochNanos(), event.pid(), event.threadId(), event.threadName(),
                    new Fact.Slept(event.epochNanos() - slept.requestedNanos(), slept.requestedNanos()));
        }
        return event;
    }

    private static Finding aboutOneTick(List<Event<?>> events) {
        Observation run = new Observation(Duration.ofMillis(500), KITCHEN, events, List.of(),
                new ProcessTree(KITCHEN, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(30), List.of(),
                List.of(), new Calibration(Duration.ofMillis(1), Duration.ofNanos(245_000), 2));
        return CooksLab.LAB.judge(run).stream().filter(f -> f.expectation().equals(ABOUT_ONE_TICK)).findFirst()
                .orElseThrow();
    }

    private static List<Event<?>> recorded() throws URISyntaxException, IOException {
        Path folder = Path.of(Objects.requireNonNull(LateSleepsTest.class.getResource(
                "/recorded/lab03-sleeps-woke-late")).toURI());
        List<Event<?>> events = EventFiles.readAll(folder);
        assertThat(events).as("the recorded kitchen's events").hasSizeGreaterThan(20);
        return events;
    }
}
