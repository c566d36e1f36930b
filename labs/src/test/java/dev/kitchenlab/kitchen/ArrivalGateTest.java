package dev.kitchenlab.kitchen;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate where a round's first cook waits for the others: for a cook started with it that has not had a core yet,
 * but not for one that sleeps, nor for a thread that was there before the round. Each test compares the moments at
 * which the cooks came and left, never a duration, so a busy machine cannot turn it.
 */
class ArrivalGateTest {

    @Test
    void theFirstCookWaitsForANewcomerThatIsStillRunnable() throws Exception {
        ArrivalGate gate = new ArrivalGate(2);
        AtomicLong firstLeft = new AtomicLong();
        AtomicLong secondCame = new AtomicLong();
        CountDownLatch secondRunning = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            gate.arrive();
            firstLeft.set(System.nanoTime());
        });
        // Busy past the short moment before it comes, as a cook still waiting for its first time slice would look.
        // It is started first and lets the first cook start once it runs: on a loaded machine the test's own thread
        // could otherwise be held between the two starts past the short moment, and the gate rightly does not wait
        // for a thread nobody has started.
        Thread second = new Thread(() -> {
            secondRunning.countDown();
            spin(3 * ArrivalGate.SHORT_NANOS);
            secondCame.set(System.nanoTime());
            gate.arrive();
        });
        second.start();
        secondRunning.await();
        first.start();
        first.join();
        second.join();

        assertThat(firstLeft.get()).isGreaterThanOrEqualTo(secondCame.get());
    }

    @Test
    void theFirstCookDoesNotWaitForACookThatSleeps() throws Exception {
        ArrivalGate gate = new ArrivalGate(2);
        AtomicLong firstLeft = new AtomicLong();
        AtomicLong secondCame = new AtomicLong();
        CountDownLatch firstGone = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            gate.arrive();
            firstLeft.set(System.nanoTime());
            firstGone.countDown();
        });
        Thread second = new Thread(() -> {
            sleep(5 * ArrivalGate.LONGEST_NANOS);
            secondCame.set(System.nanoTime());
            gate.arrive();
        });
        second.start();
        first.start();
        first.join();
        second.join();

        assertThat(firstLeft.get()).isLessThan(secondCame.get());
    }

    @Test
    void aThreadFromBeforeTheRoundIsNotWaitedFor() throws Exception {
        CountDownLatch roundBegun = new CountDownLatch(1);
        AtomicLong secondCame = new AtomicLong();
        ArrivalGate[] gate = new ArrivalGate[1];
        // A pool's thread made before the round: busy with something else, it may never come.
        Thread older = new Thread(() -> {
            await(roundBegun);
            spin(5 * ArrivalGate.LONGEST_NANOS);
            secondCame.set(System.nanoTime());
            gate[0].arrive();
        });
        older.start();
        gate[0] = new ArrivalGate(2);
        AtomicLong firstLeft = new AtomicLong();
        Thread first = new Thread(() -> {
            gate[0].arrive();
            firstLeft.set(System.nanoTime());
        });
        roundBegun.countDown();
        first.start();
        first.join();
        older.join();

        assertThat(firstLeft.get()).isLessThan(secondCame.get());
    }

    private static void spin(long nanos) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
