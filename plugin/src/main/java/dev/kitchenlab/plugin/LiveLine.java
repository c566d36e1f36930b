package dev.kitchenlab.plugin;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One line redrawn in place on a terminal while a lab runs ({@code ⋯ 12 starvation  running 3 s (6 ticks)}), so
 * that a long lab, or its reruns, never look like a hung build. It is erased before anything else is written: every
 * write to the console goes through {@link #print(Runnable)}, which holds the same lock as the redrawing.
 */
final class LiveLine implements AutoCloseable {
    /** Carriage return, then erase to the end of the line: the cursor is back where the live line began. */
    static final String ERASE = "\r\u001B[K";
    private static final long PERIOD_MILLIS = 500;
    private final PrintStream terminal;
    private final ScheduledExecutorService painter;
    // The painter's one thread, once it is made: waited for at close, so that none is left once the check is over.
    private volatile Thread painterThread;
    private final LongSupplier nanoClock;
    private String label;
    private String note = "";
    private Duration tick = Duration.ofSeconds(1);
    private long startedNanos;
    private boolean shown;

    private LiveLine(PrintStream terminal, LongSupplier nanoClock) {
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.painter = terminal == null ? null : Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, "kitchen-live-line");
            thread.setDaemon(true);
            painterThread = thread;
            return thread;
        });
        if (painter != null) {
            painter.scheduleAtFixedRate(this::paint, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** A live line drawn on {@code terminal}, timed by {@code nanoClock}; it has a thread until closed. */
    static LiveLine on(PrintStream terminal, LongSupplier nanoClock) {
        return new LiveLine(terminal, nanoClock);
    }

    /** No live line: nothing is ever drawn, no thread is started. */
    static LiveLine off() {
        return new LiveLine(null, System::nanoTime);
    }

    /** The tick the labs run with, to tell the time in ticks as well. */
    synchronized void tick(Duration value) {
        tick = value;
    }

    /** A lab began: the line shows it from now on. */
    synchronized void started(String labLabel) {
        label = labLabel;
        note = "";
        startedNanos = nanoClock.getAsLong();
    }

    /** The lab runs again: the line says which run it is and counts from naught. */
    synchronized void rerun(int rerun, int reruns) {
        note = " · rerun " + rerun + " of " + reruns;
        startedNanos = nanoClock.getAsLong();
    }

    /** Erases the line and runs {@code write} with no redrawing in between; the line is back at the next redraw. */
    synchronized void print(Runnable write) {
        erase();
        write.run();
    }

    /** The lab is over: the line is erased and stays so until the next lab. */
    synchronized void stopped() {
        erase();
        label = null;
    }

    /** The text of the line at this moment, or empty when no lab runs. */
    synchronized String text() {
        if (label == null) {
            return "";
        }
        Duration running = Duration.ofNanos(nanoClock.getAsLong() - startedNanos);
        long ticks = tick.isZero() ? 0 : running.toMillis() / Math.max(1, tick.toMillis());
        return "  ⋯ " + label + "  running " + running.toSeconds() + " s (" + ticks
                + (ticks == 1 ? " tick)" : " ticks)") + note;
    }

    /** Stops the thread and erases the line, whether the check ended or broke. */
    @Override
    public void close() {
        if (painter != null) {
            painter.shutdownNow();
            try {
                // The executor is terminated a moment before its thread ends; on a busy machine that moment showed.
                painter.awaitTermination(2, TimeUnit.SECONDS);
                Thread thread = painterThread;
                if (thread != null) {
                    thread.join(TimeUnit.SECONDS.toMillis(2));
                }
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        stopped();
    }

    private synchronized void paint() {
        if (terminal == null || label == null) {
            return;
        }
        terminal.print(ERASE + text());
        terminal.flush();
        shown = true;
    }

    private void erase() {
        if (shown) {
            terminal.print(ERASE);
            terminal.flush();
            shown = false;
        }
    }
}
