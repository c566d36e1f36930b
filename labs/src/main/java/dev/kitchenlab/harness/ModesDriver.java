package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;

/**
 * Lab 07's driver, run in the kitchen instead of the lab's {@code main}: notes the lab's pantry ({@code XS}), then
 * calls the student's {@code threadMode()} and, once it is back, {@code processMode()}, and reports when each ran
 * ({@link Fact.ModeRan}), so the check can read the memory of the kitchen's tree in each mode apart. Threads go
 * first: a kitchen's memory seldom shrinks, so what the process mode's copying costs the kitchen itself would
 * otherwise be counted against the threads.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.ModesDriver <lab class>}.
 */
public final class ModesDriver {
    private ModesDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Method threadMode = LabClasses.staticMethod(lab, false, "threadMode", "static void threadMode()");
        Method processMode = LabClasses.staticMethod(lab, false, "processMode", "static void processMode()");
        SideChannel events = SideChannel.current();
        Object pantry = LabClasses.staticField(lab, "XS", "static field XS, the pantry: keep the skeleton's line");
        int size = pantry instanceof Collection<?> collection ? collection.size() : -1;
        events.emit(new Fact.PantrySeen(pantry == null ? "null" : pantry.getClass().getSimpleName()
                + (size >= 0 ? " of " + size + " items" : ""), size, System.identityHashCode(pantry)));
        run(threadMode, Fact.CookKind.THREAD, events);
        run(processMode, Fact.CookKind.PROCESS, events);
    }

    private static void run(Method mode, Fact.CookKind kind, SideChannel events) throws Throwable {
        long start = Event.now();
        try {
            mode.invoke(null);
        } catch (InvocationTargetException thrown) {
            // A todo(...) still in a mode, or a mode that failed: the check reports it as the student's own.
            throw thrown.getCause();
        }
        events.emit(new Fact.ModeRan(kind, start, Event.now()));
    }
}
