package ${package}.lab06;

import ${package}.lab05.Timed;

import java.util.function.Supplier;

/**
 * Lab 06 · spawn: what a cook costs to hire. The talk times starting a thread against starting a process with its
 * {@code @timed} decorator and finds the process far dearer: a thread is one more cook in this kitchen, a process a
 * whole new kitchen, and here a new JVM.
 *
 * <p>Write both methods, deleting each {@code todo(...)}: each starts an empty cook and waits until it is done. The
 * empty process cook is the kit's: {@code new ProcessBuilder(EmptyCook.command())} starts a JVM that checks in and
 * goes home. Then check: {@code mvn kitchen:check -Dlab=06}. The kit calls each method 23 times (3 to warm up), times
 * every call itself, checks that each call really started its cook and waited for it, and compares the medians: a
 * process must cost at least 5 threads. Each call goes through your lab 05 {@code timed}, as the talk's do, and the
 * figures it prints must agree with the kit's; until lab 05 is done, the kit's own timer stands in.
 */
public class Spawn {

    /** Hires an empty cook thread and waits until it is done. */
    static void runThread() {
        dev.kitchenlab.kitchen.Todo.todo("runThread: start a thread that does nothing, and join it");
    }

    /** Hires an empty cook process, the kit's EmptyCook, and waits until it is done. */
    static void runProcess() {
        dev.kitchenlab.kitchen.Todo.todo("runProcess: start new ProcessBuilder(EmptyCook.command()) and waitFor() it");
    }

    /** Times a few of each by hand, with your lab 05 wrapper. */
    public static void main(String[] args) {
        Supplier<Object> thread = Timed.timed("runThread", () -> {
            runThread();
            return null;
        });
        Supplier<Object> process = Timed.timed("runProcess", () -> {
            runProcess();
            return null;
        });
        for (int i = 0; i < 5; i++) {
            thread.get();
            process.get();
        }
    }
}
