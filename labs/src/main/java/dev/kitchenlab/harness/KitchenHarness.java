package dev.kitchenlab.harness;

import dev.kitchenlab.events.DeadlineWatch;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.OrphanWatch;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.events.StudentCode;
import dev.kitchenlab.kitchen.LabNotStartedException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The kitchen JVM's entry point under a check: runs the lab's {@code main} as Java would, while recording which
 * thread wrote each line (open lines too), which threads the program started and ended, which of them died of an
 * uncaught exception, how {@code main} ended, how late the machine ran meanwhile, and where every thread was just
 * before the check's deadline. JDK only: the student's classpath holds nothing more than it needs.
 *
 * <p>Usage: {@code java -cp … dev.kitchenlab.harness.KitchenHarness <lab class> [arguments]}.
 */
public final class KitchenHarness {
    /**
     * Exit code of a kitchen whose lab is not started (a {@code todo(...)} was reached), distinct from an uncaught
     * exception's 1: how a run by hand, which reads no events, tells the student to start the lab.
     */
    public static final int NOT_STARTED_EXIT = 3;
    // Exit code of a kitchen started without a lab class to run.
    private static final int NO_LAB_EXIT = 4;

    private KitchenHarness() {
    }

    /** Runs the lab class named first, with the remaining arguments. */
    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: KitchenHarness <lab class> [arguments]");
            System.exit(NO_LAB_EXIT);
        }
        // Finding the lab's class opens the kit's JAR, which comes first on the classpath of a kitchen started from its
        // class-data archive: some 4 ms of a cold JVM, spent here beside the harness's own setup rather than after it.
        Thread lookUp = new Thread(new LookUpLabClass(args[0]), LineTap.KIT_THREAD_PREFIX + "look-up");
        lookUp.setDaemon(true);
        lookUp.start();
        SideChannel events = SideChannel.open(Fact.Role.KITCHEN);
        // When the check that started this kitchen is gone (stopped, killed, crashed), so is the kitchen.
        Optional<Long> inspector = KitchenEnvironment.inspectorPid();
        if (inspector.isPresent()) {
            OrphanWatch.start(inspector.get());
        }
        LineTap out = new LineTap(new FileOutputStream(FileDescriptor.out), Fact.Stream.OUT, events);
        LineTap err = new LineTap(new FileOutputStream(FileDescriptor.err), Fact.Stream.ERR, events);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));

        // Up to the lab's main, nested classes rather than lambdas, and no ProcessHandle (OwnProcess reads /proc): the
        // first of either costs some 10 to 20 ms of a kitchen's start that the same program run plainly does not pay.
        ThreadWatcher watcher = new ThreadWatcher(events, new FinishLines(out, err));
        ControlSleeper control = new ControlSleeper(events, new LookIfChanged(watcher));
        MainOutcome outcome = new MainOutcome();
        Thread main = Thread.currentThread();
        Thread.setDefaultUncaughtExceptionHandler(new Died(events, main));
        Runtime.getRuntime().addShutdownHook(new Thread(new AtExit(events, watcher, out, err, control, outcome),
                LineTap.KIT_THREAD_PREFIX + "exit"));
        watcher.lookNow();
        control.start();
        DeadlineWatch.start(events, new MainOrProgramThread(main, watcher));

        Method labMain = findMain(args[0]);
        // Gone before the lab's main starts: from then on every thread but main and the kit's watchers is the lab's.
        lookUp.join();
        String[] labArgs = new String[args.length - 1];
        System.arraycopy(args, 1, labArgs, 0, labArgs.length);
        Optional<Fact.MemoryBeforeMain> memory = OwnMemory.read();
        if (memory.isPresent()) {
            events.emit(memory.get());
        }
        events.emit(new Fact.MainStarted(args[0]));
        try {
            labMain.invoke(null, (Object) labArgs);
            outcome.markReturned();
            events.emit(new Fact.MainReturned());
        } catch (InvocationTargetException thrown) {
            outcome.markReturned();
            Throwable cause = thrown.getCause();
            out.finishLinesOf(main);
            err.finishLinesOf(main);
            Optional<LabNotStartedException> notStarted = notStarted(cause);
            if (notStarted.isPresent()) {
                events.emit(new Fact.LabNotStarted(notStarted.get().getMessage(),
                        StudentCode.where(notStarted.get().getStackTrace())));
                System.err.println("Lab not started: " + notStarted.get().getMessage());
                System.exit(NOT_STARTED_EXIT);
            }
            events.emit(new Fact.MainThrew(cause.toString(), StudentCode.where(cause.getStackTrace()),
                    stackTrace(cause)));
            // Rethrown as Java would: printed on stderr, exit code 1 once the other non-daemon threads end.
            throw cause;
        } finally {
            events.emit(new Fact.HeapSize(Runtime.getRuntime().totalMemory(), Runtime.getRuntime().maxMemory()));
            out.finishLinesOf(main);
            err.finishLinesOf(main);
        }
    }

    /**
     * The {@code todo(...)} marker behind an exception, however deeply a pool or an executor wrapped it: a lab whose
     * {@code main} is written but whose {@code sayHello} is not is still a lab not started.
     */
    static Optional<LabNotStartedException> notStarted(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof LabNotStartedException marker) {
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }

    /**
     * A thread died of an exception nobody caught: reported (unless it is {@code main}, whose end is reported
     * already), then printed as the JVM would print it.
     */
    private static void died(SideChannel events, Thread thread, Throwable thrown, Thread main) {
        if (thread != main) {
            events.emit(new Fact.ThreadDied(thrown.toString(), StudentCode.where(thrown.getStackTrace())),
                    thread.getId(), thread.getName());
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        thrown.printStackTrace(System.err);
    }

    private static Method findMain(String className) {
        return LabClasses.staticMethod(LabClasses.load(className), true, "main", "public static void main(String[] args)",
                String[].class);
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /**
     * Loads the lab's class and finds its {@code main}, running none of its code. Whatever goes wrong is left to the
     * main thread, which loads the same class again and says what went wrong.
     */
    private record LookUpLabClass(String className) implements Runnable {
        @Override
        public void run() {
            try {
                Class.forName(className, false, KitchenHarness.class.getClassLoader()).getMethod("main", String[].class);
            } catch (Throwable leftForMain) {
                // Reported by the main thread's own look-up.
            }
        }
    }

    /** Ends the open lines of each program thread that ended. */
    private record FinishLines(LineTap out, LineTap err) implements Consumer<Thread> {
        @Override
        public void accept(Thread gone) {
            out.finishLinesOf(gone);
            err.finishLinesOf(gone);
        }
    }

    /** Lets the thread watcher look, each time the control sleeper wakes. */
    private record LookIfChanged(ThreadWatcher watcher) implements Runnable {
        @Override
        public void run() {
            watcher.lookIfChanged();
        }
    }

    /** Reports a thread that died of an exception nobody caught. */
    private record Died(SideChannel events, Thread main) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable thrown) {
            died(events, thread, thrown, main);
        }
    }

    /** The threads worth reporting at the deadline: main, and every thread of the program. */
    private record MainOrProgramThread(Thread main, ThreadWatcher watcher) implements Predicate<Thread> {
        @Override
        public boolean test(Thread thread) {
            return thread == main || watcher.isProgramThread(thread);
        }
    }

    /** The kitchen's last words, from its shutdown hook: what was still open, and how it ended. */
    private record AtExit(SideChannel events, ThreadWatcher watcher, LineTap out, LineTap err, ControlSleeper control,
            MainOutcome outcome) implements Runnable {
        @Override
        public void run() {
            watcher.lookNow();
            out.finishAllLines();
            err.finishAllLines();
            System.out.flush();
            System.err.flush();
            if (events.droppedLines() > 0) {
                events.emit(new Fact.OutputTruncated(events.droppedLines()));
            }
            control.reportLastWindow();
            events.emit(new Fact.KitchenExiting(outcome.returned()));
        }
    }

    /** Whether {@code main} has come back, seen from the shutdown hook. */
    private static final class MainOutcome {
        private volatile boolean returned;

        void markReturned() {
            returned = true;
        }

        boolean returned() {
            return returned;
        }
    }
}
