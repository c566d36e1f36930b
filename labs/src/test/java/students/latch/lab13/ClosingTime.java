package students.latch.lab13;

import java.util.concurrent.CountDownLatch;

/** A right program written another way: closing time is a {@code CountDownLatch} of one, counted down once. */
public class ClosingTime {
    /** Open while the kitchen is; the head cook counts it down at closing time. */
    private final CountDownLatch closing = new CountDownLatch(1);

    /** Cook A's shift: stirs until the latch is down; returns how many stirs. */
    long cook() {
        long stirs = 0;
        while (closing.getCount() > 0) {
            stirs++;
        }
        return stirs;
    }

    /** Called by the kit's head cook, on another thread than the cook's, every round. */
    void stop() {
        closing.countDown();
    }

    /** One shift by hand: Cook A stirs, and after a second the head cook calls closing time. */
    public static void main(String[] args) throws InterruptedException {
        ClosingTime kitchen = new ClosingTime();
        long[] stirs = new long[1];
        Thread cook = new Thread(() -> stirs[0] = kitchen.cook(), "Cook A");
        cook.start();
        Thread.sleep(1_000);
        kitchen.stop();
        cook.join();
        System.out.printf("Cook A went home after %,d stirs%n", stirs[0]);
    }
}
