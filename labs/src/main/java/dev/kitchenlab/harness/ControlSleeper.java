package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.SideChannel;

/**
 * The kit's own thread in the kitchen, napping in short steps the whole time the lab runs and noting how late it
 * wakes: the machine's delay measured during the lab, not before it. A timing that this delay could explain is
 * judged INCONCLUSIVE, never FAIL. One report a second (so a killed kitchen keeps what was measured) and one at
 * the end. Each time it wakes it also lets the thread watcher look, so the kitchen keeps one kit thread awake, 20
 * times a second, instead of two: together they cost about half a percent of a core.
 */
final class ControlSleeper {
    private static final long NAP_NANOS = 50_000_000;
    private static final long WINDOW_NANOS = 1_000_000_000;

    private final SideChannel events;
    private final Runnable onWake;
    // A class, not a method reference: made before the lab's main, where the first lambda costs the kitchen's start.
    private final Thread sleeper = new Thread(new Napper(), LineTap.KIT_THREAD_PREFIX + "control");
    // Guarded by this: the sleeper fills the window, the shutdown hook reports the last one.
    private long windowStart;
    private int naps;
    private long worst;

    /** A sleeper that reports to {@code events} and runs {@code onWake} each time it wakes. */
    ControlSleeper(SideChannel events, Runnable onWake) {
        this.events = events;
        this.onWake = onWake;
        sleeper.setDaemon(true);
    }

    void start() {
        synchronized (this) {
            windowStart = Event.now();
        }
        sleeper.start();
    }

    /** Reports the window still open, as the kitchen shuts down. */
    synchronized void reportLastWindow() {
        if (naps > 0) {
            events.emit(new Fact.ControlLateness(windowStart, naps, worst));
            naps = 0;
            worst = 0;
            windowStart = Event.now();
        }
    }

    private void nap() {
        while (true) {
            long before = System.nanoTime();
            try {
                Thread.sleep(NAP_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                return;
            }
            long late = Math.max(0, System.nanoTime() - before - NAP_NANOS);
            synchronized (this) {
                naps++;
                worst = Math.max(worst, late);
                if (Event.now() - windowStart >= WINDOW_NANOS) {
                    reportLastWindow();
                }
            }
            onWake.run();
        }
    }

    /** The sleeper thread's work. */
    private final class Napper implements Runnable {
        @Override
        public void run() {
            nap();
        }
    }
}
