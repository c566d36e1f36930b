package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.LabNotStartedException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Lab 06's driver, run in the kitchen instead of the lab's {@code main}: calls the student's {@code runThread()} and
 * {@code runProcess()} in turn, a few times to warm up and then {@link #MEASURED} times each, and reports every call
 * ({@link Fact.SpawnCall}) with the kit's own timing of it and what the JVM saw it do (threads started, child
 * processes left). Each call goes through the student's lab 05 {@code timed} wrapper, as the talk times its spawns
 * with {@code @timed}; while lab 05 is not finished, through the kit's own timer, which prints the same lines.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.SpawnDriver <lab class>}.
 */
public final class SpawnDriver {
    /** Calls of each kind before the measured ones: the first thread and the first process start cold. */
    static final int WARM_UP = 3;
    /** Measured calls of each kind. */
    static final int MEASURED = 20;
    private static final long STRAGGLER_SECONDS = 10;

    private SpawnDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Method runThread = LabClasses.staticMethod(lab, false, "runThread", "static void runThread()");
        Method runProcess = LabClasses.staticMethod(lab, false, "runProcess", "static void runProcess()");
        Optional<Method> timed = studentsTimer(lab);
        SideChannel events = SideChannel.current();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Spawner thread = new Spawner(Fact.CookKind.THREAD, "runThread", runThread, timed);
        Spawner process = new Spawner(Fact.CookKind.PROCESS, "runProcess", runProcess, timed);
        for (int call = 1; call <= WARM_UP + MEASURED; call++) {
            events.emit(thread.call(call, call <= WARM_UP, threads));
            events.emit(process.call(call, call <= WARM_UP, threads));
        }
        // Cooks a runProcess did not wait for are waited for here: the lab says so itself, and more plainly than the
        // leftovers the check would otherwise find.
        for (ProcessHandle cook : ProcessHandle.current().children().toList()) {
            try {
                cook.onExit().get(STRAGGLER_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException stillThere) {
                // The check's sweep stops it.
            }
        }
    }

    /**
     * The student's lab 05 {@code timed}, in the lab 05 package beside this lab's, if it is there and finished: a
     * wrapper it makes for a call that does nothing must run that call.
     */
    private static Optional<Method> studentsTimer(Class<?> lab) {
        String name = lab.getPackageName().replaceFirst("lab06$", "lab05") + ".Timed";
        try {
            Method timed = Class.forName(name, true, lab.getClassLoader()).getDeclaredMethod("timed", String.class,
                    Supplier.class);
            timed.setAccessible(true);
            boolean[] ran = {false};
            Supplier<?> trial = (Supplier<?>) timed.invoke(null, "warmup", (Supplier<Object>) () -> {
                ran[0] = true;
                return "warm";
            });
            trial.get();
            return ran[0] ? Optional.of(timed) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unfinished) {
            // No lab 05, or one that still calls todo(...) or does not run the call: the kit's own timer stands in.
            return Optional.empty();
        }
    }

    /** One of the two methods, wrapped once, called again and again as a decorated function is. */
    private static final class Spawner {
        private final Fact.CookKind kind;
        private final AtomicLong took = new AtomicLong();
        private final Supplier<?> wrapped;
        private final boolean studentsTimer;

        Spawner(Fact.CookKind kind, String name, Method method, Optional<Method> timed) throws Throwable {
            this.kind = kind;
            Supplier<Object> call = () -> {
                long start = System.nanoTime();
                try {
                    method.invoke(null);
                } catch (InvocationTargetException thrown) {
                    throw sneaky(thrown.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } finally {
                    took.set(System.nanoTime() - start);
                }
                return null;
            };
            Supplier<?> students = null;
            if (timed.isPresent()) {
                try {
                    students = (Supplier<?>) timed.get().invoke(null, name, call);
                } catch (InvocationTargetException notUsable) {
                    students = null;
                }
            }
            this.studentsTimer = students != null;
            this.wrapped = students != null ? students : kitTimer(name, call);
        }

        Fact.SpawnCall call(int number, boolean warmUp, ThreadMXBean threads) {
            long startedBefore = threads.getTotalStartedThreadCount();
            long start = Event.now();
            took.set(-1);
            wrapped.get();
            long end = Event.now();
            int started = (int) (threads.getTotalStartedThreadCount() - startedBefore);
            int left = (int) ProcessHandle.current().children().filter(ProcessHandle::isAlive).count();
            return new Fact.SpawnCall(kind, number, warmUp, start, end, Math.max(0, took.get()), started, left,
                    studentsTimer);
        }
    }

    /** The talk's {@code @timed}, the kit's own: the same {@code name: 12.34ms} lines as lab 05 asks for. */
    private static Supplier<?> kitTimer(String name, Supplier<?> call) {
        return () -> {
            long start = System.nanoTime();
            try {
                return call.get();
            } finally {
                System.out.println(name + ": " + String.format("%.2f", (System.nanoTime() - start) / 1e6) + "ms");
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable thrown) throws T {
        if (thrown instanceof LabNotStartedException notStarted) {
            throw notStarted;
        }
        throw (T) thrown;
    }
}
