package dev.kitchenlab.harness;

import dev.kitchenlab.events.SideChannel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The stress run's rounds and budget, and its watchdog, with a stand-in for {@code Runtime.halt}. */
class StressRunTest {
    private static final Duration STALL = Duration.ofMillis(300);

    @Test
    void aRoundThatNeverReturnsHaltsTheRunSoonAfterItStallsAndNoLaterRoundRuns() throws Exception {
        CountDownLatch halted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<Integer> begun = new CopyOnWriteArrayList<>();
        StressRun run = new StressRun(SideChannel.current(), STALL, () -> 0, halted::countDown);
        Thread kitchen = new Thread(() -> {
            try {
                run.run(new StressRun.Plan(2, 10, Duration.ofSeconds(30)), (round, warmUp) -> {
                    begun.add(round);
                    if (round == 3) {
                        never.await();
                    }
                });
            } catch (Throwable ended) {
                // The stand-in let the hung round go at the end of the test.
            }
        });
        long start = System.nanoTime();
        kitchen.start();

        assertThat(halted.await(5, TimeUnit.SECONDS)).as("halted").isTrue();
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(took).as("ms until the halt").isBetween(STALL.toMillis(), STALL.toMillis() + 1_000);
        assertThat(begun).containsExactly(1, 2, 3);
        never.countDown();
        kitchen.join(5_000);
    }

    @Test
    void aRoundThatKeepsCookingIsNotHungHoweverLongItTakes() throws Throwable {
        AtomicInteger halts = new AtomicInteger();
        AtomicLong dishes = new AtomicLong();
        StressRun run = new StressRun(SideChannel.current(), STALL, dishes::get, halts::incrementAndGet);

        run.run(new StressRun.Plan(0, 1, Duration.ofSeconds(30)), (round, warmUp) -> {
            for (int dish = 0; dish < 100; dish++) {
                Thread.sleep(10);
                dishes.incrementAndGet();
            }
        });

        assertThat(halts).hasValue(0);
    }

    @Test
    void quickRoundsRunTheirCountsWarmUpFirst() throws Throwable {
        List<Boolean> rounds = new ArrayList<>();
        StressRun run = new StressRun(SideChannel.current(), STALL, System::nanoTime, () -> { });

        run.run(new StressRun.Plan(5, 100, Duration.ofSeconds(30)), (round, warmUp) -> rounds.add(warmUp));

        assertThat(rounds).hasSize(105);
        assertThat(rounds.subList(0, 5)).containsOnly(true);
        assertThat(rounds.subList(5, 105)).containsOnly(false);
    }

    @Test
    void aRoundTooLongForTheBudgetIsTheOnlyOne() throws Throwable {
        List<String> rounds = new ArrayList<>();
        StressRun run = new StressRun(SideChannel.current(), STALL, System::nanoTime, () -> { });

        run.run(new StressRun.Plan(5, 100, Duration.ofMillis(400)), (round, warmUp) -> {
            rounds.add(round + (warmUp ? " warm-up" : ""));
            Thread.sleep(round == 1 ? 300 : 0);
        });

        // Another round as long as the first would end past the budget, so none begins: a slow program is judged on
        // fewer rounds, never in a longer check.
        assertThat(rounds).containsExactly("1 warm-up");
    }
}
