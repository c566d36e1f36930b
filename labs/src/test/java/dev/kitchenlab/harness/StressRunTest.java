package dev.kitchenlab.harness;

import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Utensil;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stress run's rounds and budget, and its watchdog (no progress, a deadlock), with a stand-in for
 * {@code Runtime.halt}.
 */
class StressRunTest {
    private static final Duration STALL = Duration.ofMillis(300);

    @Test
    void aRoundThatNeverReturnsHaltsTheRunSoonAfterItStallsAndNoLaterRoundRuns() throws Exception {
        CountDownLatch halted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<Integer> begun = new CopyOnWriteArrayList<>();
        StressRun run = new StressRun(SideChannel.current(), STALL, () -> 0, () -> 0, halted::countDown);
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
        StressRun run = new StressRun(SideChannel.current(), STALL, dishes::get, () -> 0, halts::incrementAndGet);

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
        StressRun run = new StressRun(SideChannel.current(), STALL, System::nanoTime, () -> 0, () -> { });

        run.run(new StressRun.Plan(5, 100, Duration.ofSeconds(30)), (round, warmUp) -> rounds.add(warmUp));

        assertThat(rounds).hasSize(105);
        assertThat(rounds.subList(0, 5)).containsOnly(true);
        assertThat(rounds.subList(5, 105)).containsOnly(false);
    }

    @Test
    void aRoundTooLongForTheBudgetIsTheOnlyOne() throws Throwable {
        List<String> rounds = new ArrayList<>();
        StressRun run = new StressRun(SideChannel.current(), STALL, System::nanoTime, () -> 0, () -> { });

        run.run(new StressRun.Plan(5, 100, Duration.ofMillis(400)), (round, warmUp) -> {
            rounds.add(round + (warmUp ? " warm-up" : ""));
            Thread.sleep(round == 1 ? 300 : 0);
        });

        // Another round as long as the first would end past the budget, so none begins: a slow program is judged on
        // fewer rounds, never in a longer check.
        assertThat(rounds).containsExactly("1 warm-up");
    }

    @Test
    void aDeadlockHaltsTheRunAsSoonAsTheJvmFindsItLongBeforeTheStallBound() throws Exception {
        Duration stall = Duration.ofSeconds(20);
        CountDownLatch halted = new CountDownLatch(1);
        Utensil knife = new Utensil("the knife");
        Utensil board = new Utensil("the board");
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        List<Thread> cooks = new CopyOnWriteArrayList<>();
        StressRun run = new StressRun(SideChannel.current(), stall, () -> 0, () -> 0, halted::countDown);
        Thread kitchen = new Thread(() -> {
            try {
                run.run(new StressRun.Plan(0, 1, Duration.ofSeconds(60)), (round, warmUp) -> {
                    cooks.add(cook("Cook A", knife, board, bothHoldOne));
                    cooks.add(cook("Cook B", board, knife, bothHoldOne));
                    for (Thread cook : cooks) {
                        cook.join();
                    }
                });
            } catch (Throwable ended) {
                // The cooks were interrupted at the end of the test.
            }
        });
        long start = System.nanoTime();
        kitchen.start();

        assertThat(halted.await(10, TimeUnit.SECONDS)).as("halted").isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms until the halt")
                .isLessThan(stall.toMillis() / 4);
        cooks.forEach(Thread::interrupt);
        kitchen.join(5_000);
    }

    @Test
    void cooksThatKeepSteppingAsideWithoutCookingHaltTheRunLongBeforeTheStallBound() throws Exception {
        Duration stall = Duration.ofSeconds(20);
        CountDownLatch halted = new CountDownLatch(1);
        AtomicLong handOvers = new AtomicLong();
        AtomicLong dishes = new AtomicLong();
        StressRun run = new StressRun(SideChannel.current(), stall, dishes::get, handOvers::get, halted::countDown);
        Thread kitchen = new Thread(() -> {
            try {
                run.run(new StressRun.Plan(0, 3, Duration.ofSeconds(60)), (round, warmUp) -> {
                    // Round 1 cooks; round 2 only hands the pan back and forth until the test ends.
                    dishes.incrementAndGet();
                    while (round == 2 && halted.getCount() > 0) {
                        handOvers.incrementAndGet();
                        Thread.onSpinWait();
                    }
                });
            } catch (Throwable ended) {
                // Not expected: the round returns once halted.
            }
        });
        long start = System.nanoTime();
        kitchen.start();

        assertThat(halted.await(10, TimeUnit.SECONDS)).as("halted").isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("ms until the halt")
                .isLessThan(stall.toMillis() / 4);
        kitchen.join(5_000);
        assertThat(handOvers.get()).isGreaterThanOrEqualTo(StressRun.LIVELOCK_MOTION);
    }

    @Test
    void aCycleOfTimedWaitsIsNoDeadlock() throws Throwable {
        AtomicInteger halts = new AtomicInteger();
        Utensil knife = new Utensil("the knife");
        Utensil board = new Utensil("the board");
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        StressRun run = new StressRun(SideChannel.current(), Duration.ofSeconds(20), () -> 0, () -> 0,
                halts::incrementAndGet);

        // Each cook holds one utensil and waits 600 ms for the other's: the JVM sees a cycle until the waits time out.
        run.run(new StressRun.Plan(0, 1, Duration.ofSeconds(60)), (round, warmUp) -> {
            List<Thread> cooks = List.of(timedCook(knife, board, bothHoldOne), timedCook(board, knife, bothHoldOne));
            for (Thread cook : cooks) {
                cook.join();
            }
        });

        assertThat(halts).hasValue(0);
    }

    private static Thread timedCook(Lock first, Lock second, CyclicBarrier bothHoldOne) {
        Thread cook = new Thread(() -> {
            first.lock();
            try {
                bothHoldOne.await();
                if (second.tryLock(600, TimeUnit.MILLISECONDS)) {
                    second.unlock();
                }
            } catch (InterruptedException | BrokenBarrierException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                first.unlock();
            }
        });
        cook.start();
        return cook;
    }

    /** A cook that takes {@code first}, waits until the other cook holds its own, then waits for {@code second}. */
    private static Thread cook(String name, Lock first, Lock second, CyclicBarrier bothHoldOne) {
        Thread cook = new Thread(() -> {
            try {
                first.lockInterruptibly();
                bothHoldOne.await();
                second.lockInterruptibly();
            } catch (InterruptedException | BrokenBarrierException stopped) {
                Thread.currentThread().interrupt();
            }
        }, name);
        cook.setDaemon(true);
        cook.start();
        return cook;
    }
}
