package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Lab 05's driver, run in the kitchen instead of the lab's {@code main}: wraps workloads the kit controls with the
 * student's {@code timed(String, Supplier)}, calls each wrapper several times, and reports every call with the kit's
 * own timing of it ({@link Fact.TimedCall}); the student's wrapper prints its {@code name: 12.34ms} lines as it
 * goes, and the engine holds the two side by side.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.TimedDriver <lab class>}.
 */
public final class TimedDriver {
    /**
     * The workloads: sleeps the student's figure must agree with, a busy loop, one of a third of a millisecond (a
     * clock of whole milliseconds cannot show it), and one that throws, which must be timed and rethrown.
     */
    enum Workload {
        SLEEP20("sleep20", 5, 20_000_000, false),
        SLEEP100("sleep100", 3, 100_000_000, false),
        BUSY15("busy15", 3, 15_000_000, true),
        SPIN03("spin03", 5, 300_000, true),
        BURNT("burnt", 1, 10_000_000, false);

        final String label;
        final int calls;
        final long nanos;
        final boolean busy;

        Workload(String label, int calls, long nanos, boolean busy) {
            this.label = label;
            this.calls = calls;
            this.nanos = nanos;
            this.busy = busy;
        }
    }

    private TimedDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Method timed = LabClasses.staticMethod(lab, false, "timed",
                "static <T> Supplier<T> timed(String name, Supplier<T> call)", String.class, Supplier.class);
        SideChannel events = SideChannel.current();
        // The JIT settles on the wrapper first: a sub-millisecond figure is then the call's, not the interpreter's.
        Supplier<?> warm = wrap(timed, "warmup", () -> "warm");
        for (int i = 0; i < 20; i++) {
            warm.get();
        }
        for (Workload workload : Workload.values()) {
            // Wrapped once and called several times, as a decorated function is: each call must be timed.
            AtomicInteger served = new AtomicInteger();
            AtomicLong worked = new AtomicLong();
            Supplier<?> wrapped = wrap(timed, workload.label, () -> {
                long start = System.nanoTime();
                try {
                    return work(workload, workload.label + "-" + served.incrementAndGet());
                } finally {
                    worked.set(System.nanoTime() - start);
                }
            });
            for (int call = 1; call <= workload.calls; call++) {
                events.emit(measure(wrapped, worked, workload, call, workload.label + "-" + call));
            }
        }
    }

    /**
     * One call through the student's wrapper. The work's own time is taken inside the call, so that the student's
     * printing, which the wrapper does after its clock stopped, is not held against a figure that rightly leaves it
     * out (on a busy machine a line through the pipe can take milliseconds).
     */
    private static Fact.TimedCall measure(Supplier<?> wrapped, AtomicLong worked, Workload workload, int call,
                                          String dish) {
        long start = Event.now();
        worked.set(-1);
        Fact.CallOutcome outcome;
        try {
            Object result = wrapped.get();
            outcome = workload == Workload.BURNT ? Fact.CallOutcome.SWALLOWED
                    : dish.equals(result) ? Fact.CallOutcome.RETURNED : Fact.CallOutcome.WRONG_RESULT;
        } catch (RuntimeException thrown) {
            // The kit's own exception, or one the student's wrapper wrapped it in: let through either way.
            if (!(thrown instanceof Burnt) && !(thrown.getCause() instanceof Burnt)) {
                throw thrown;
            }
            outcome = Fact.CallOutcome.RETHREW;
        }
        return new Fact.TimedCall(workload.label, call, start, Event.now(), Math.max(0, worked.get()), outcome);
    }

    private static Supplier<?> wrap(Method timed, String name, Supplier<?> call) throws Throwable {
        try {
            Supplier<?> wrapped = (Supplier<?>) timed.invoke(null, name, call);
            if (wrapped == null) {
                throw new IllegalStateException("timed(\"" + name + "\", call) returned null instead of a wrapper");
            }
            return wrapped;
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    /** One call's work: a sleep or a busy loop of the workload's length, then its dish, or the burnt dish. */
    private static Object work(Workload workload, String dish) {
        long until = System.nanoTime() + workload.nanos;
        if (workload.busy) {
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        } else {
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(until - System.nanoTime());
            }
        }
        if (workload == Workload.BURNT) {
            throw new Burnt();
        }
        return dish;
    }

    /** The kit's own exception, thrown by the burnt workload: the student's wrapper must let it through. */
    static final class Burnt extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Burnt() {
            super("the dish burnt (thrown on purpose by the kit, to see it timed and rethrown)");
        }
    }
}
