package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Lab 13's driver, run in the kitchen instead of the lab's {@code main}: makes a new kitchen of the lab's class each
 * round, runs its {@code cook()} on a thread of its own ("Cook A"), lets the cook spin for {@link #SPIN} of CPU, calls
 * its {@code stop()} from the kitchen's main thread (the head cook) and times how soon {@code cook()} comes back
 * ({@link Fact.FlagRound}); {@value #WARM_UP} rounds to warm up, then up to {@value #MEASURED}. A cook that never stops
 * cannot be stopped from inside: the {@link StressRun}'s watchdog reports where it spins and halts the kitchen.
 *
 * <p>Measured on 2 cores (JDK 17, amd64, 2026-11-29, a prototype of these rounds with the skeleton's loop {@code while
 * (!stop) stirs++}): under the default JIT the cook never saw the flag in round 1 or 2 of every run, 1 to 20 ms of
 * spinning a round, quiet or with 4 busy loops beside (round 3 once, with 1 ms); with {@code -XX:TieredStopAtLevel=1}
 * in round 2 of 3 runs of 3 (C1 too keeps the field in a register in so short a loop); with {@code -Xint} never, in
 * 50 rounds. A {@code volatile} flag was seen 0.05 ms after it was set (median, 43 ms at most) on a quiet machine and
 * 6.5 ms (185 ms at most) with 4 busy loops, the cook waiting for a core.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.FlagDriver <lab class>}.
 */
public final class FlagDriver {
    /** Rounds to warm the JIT up before those measured. */
    static final int WARM_UP = 20;
    /** Rounds measured, at most. */
    static final int MEASURED = 200;
    /** How long the rounds may take in all, the warm-up's included; a cook that dawdles runs fewer. */
    static final Duration BUDGET = Duration.ofSeconds(5);
    /** How long a round may go on after the flag is set before the cook counts as never stopping. */
    static final Duration STALL = Duration.ofSeconds(2);
    /** The CPU a cook spins before it is told to stop: long enough for the JIT to compile its loop. */
    static final Duration SPIN = Duration.ofMillis(5);
    /** The longest the kit waits for that CPU: a cook that naps between stirs is told to stop after this. */
    static final Duration SPIN_WALL = Duration.ofMillis(200);
    /** The cook's thread, as the kit names it. */
    public static final String COOK = "Cook A";

    private FlagDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Constructor<?> make;
        try {
            make = lab.getDeclaredConstructor();
            make.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw LabClasses.giveUp("the lab class " + lab.getName() + " has no constructor without parameters: the "
                    + "kit makes a new kitchen with it every round");
        }
        Method cook = instanceMethod(lab, "cook", "method cook() for the cook's loop");
        Method stop = instanceMethod(lab, "stop", "method stop() that tells the cook to stop");
        SideChannel events = SideChannel.current();
        events.emit(new Fact.FlagFields(String.join(", ", flags(lab, true)), String.join(", ", flags(lab, false))));
        Rounds rounds = new Rounds(make, cook, stop, events, Event.now() - System.nanoTime());
        new StressRun(events, STALL, rounds::progress, () -> 0)
                .run(new StressRun.Plan(WARM_UP, MEASURED, BUDGET), rounds::run);
    }

    private static Method instanceMethod(Class<?> lab, String name, String shape) {
        try {
            Method method = lab.getDeclaredMethod(name);
            if (Modifier.isStatic(method.getModifiers())) {
                throw LabClasses.giveUp("the lab class " + lab.getName() + " has a static " + name + "(): make it an "
                        + "instance method, the kit calls it on a new kitchen every round");
            }
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw LabClasses.giveUp("the lab class " + lab.getName() + " has no " + shape);
        }
    }

    /** The lab class's {@code boolean} fields, and its nested classes', {@code volatile} or plain. */
    static List<String> flags(Class<?> lab, boolean wantVolatile) {
        List<String> found = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(List.of(lab));
        for (int i = 0; i < classes.size(); i++) {
            Class<?> type = classes.get(i);
            for (Field field : type.getDeclaredFields()) {
                boolean flag = field.getType() == boolean.class || field.getType() == Boolean.class;
                if (flag && !field.isSynthetic() && Modifier.isVolatile(field.getModifiers()) == wantVolatile) {
                    found.add(type.getSimpleName() + "." + field.getName());
                }
            }
            classes.addAll(List.of(type.getDeclaredClasses()));
        }
        return found;
    }

    /** The rounds, and the progress the watchdog reads: a number that moves as each round goes from step to step. */
    private static final class Rounds {
        private final Constructor<?> make;
        private final Method cook;
        private final Method stop;
        private final SideChannel events;
        private final long epochOffset;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final AtomicLong steps = new AtomicLong();

        Rounds(Constructor<?> make, Method cook, Method stop, SideChannel events, long epochOffset) {
            this.make = make;
            this.cook = cook;
            this.stop = stop;
            this.events = events;
            this.epochOffset = epochOffset;
        }

        long progress() {
            return steps.get();
        }

        void run(int round, boolean warmUp) throws Throwable {
            Object kitchen = call(() -> make.newInstance());
            AtomicLong stopped = new AtomicLong();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread cookThread = new Thread(() -> {
                try {
                    cook.invoke(kitchen);
                } catch (InvocationTargetException thrown) {
                    failed.set(thrown.getCause());
                } catch (IllegalAccessException e) {
                    failed.set(e);
                } finally {
                    stopped.set(System.nanoTime());
                }
            }, COOK);
            // A cook that never stops must not keep the kitchen alive once the watchdog has reported it.
            cookThread.setDaemon(true);
            steps.incrementAndGet();
            long start = Event.now();
            long startNanos = System.nanoTime();
            cookThread.start();
            while (stopped.get() == 0 && cpu(cookThread) < SPIN.toNanos()
                    && System.nanoTime() - startNanos < SPIN_WALL.toNanos()) {
                Thread.sleep(1);
            }
            long spun = cpu(cookThread);
            long flag = 0;
            if (stopped.get() == 0) {
                steps.incrementAndGet();
                call(() -> stop.invoke(kitchen));
                flag = Event.now();
                events.emit(new Fact.FlagSet(round, spun));
                steps.incrementAndGet();
            }
            // Joined without a bound: the watchdog halts the kitchen when the cook never stops.
            cookThread.join();
            if (failed.get() != null) {
                throw failed.get();
            }
            events.emit(new Fact.FlagRound(round, warmUp, start, flag, stopped.get() + epochOffset,
                    Math.max(0, spun)));
        }

        /** The CPU time a thread has used; -1 once it ended or where the JVM cannot tell (the wait is bounded). */
        private long cpu(Thread thread) {
            return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : -1;
        }

        /** Calls into the student's code, its exception thrown as the student's own (a {@code todo}, a failure). */
        private static Object call(Reflective body) throws Throwable {
            try {
                return body.call();
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }

    /** A reflective call. */
    @FunctionalInterface
    private interface Reflective {
        Object call() throws ReflectiveOperationException;
    }
}
