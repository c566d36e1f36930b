package dev.kitchenlab.engine;

import java.util.concurrent.Semaphore;

/**
 * The kit's own tests run lab programs side by side, more of them than the machine has cores: most of a program's run
 * is asleep on the talk's ticks. The programs that keep a core busy, or whose verdict rests on fine timings, take a
 * core here first, so that at most as many of those run at once as the machine has cores, as when every program took
 * one; the others run beside them.
 */
public final class BusyPrograms {
    private static final Semaphore CORES = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private BusyPrograms() {
    }

    /** What a busy program does once it holds its core. */
    @FunctionalInterface
    public interface Run {
        /** Runs the program and checks what it must show. */
        void run() throws Exception;
    }

    /** Runs {@code program} once a core is free of other busy programs. */
    public static void onACore(Run program) throws Exception {
        CORES.acquire();
        try {
            program.run();
        } finally {
            CORES.release();
        }
    }
}
