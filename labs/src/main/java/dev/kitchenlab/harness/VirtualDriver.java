package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Tick;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Lab 15's driver, run in the kitchen instead of the lab's {@code main}: hands the student's {@code
 * virtualCooks(Runnable)} and then {@code platformCooks(Runnable)} a {@link CookShift} of the kit's, one mode after the
 * other, and reports what each shift saw ({@link Fact.CooksHired}). Virtual threads go first: a kitchen's memory and
 * its thread count seldom shrink at once, so what 10,000 platform threads leave behind would otherwise be counted
 * against the virtual ones.
 *
 * <p>Each shift naps one tick, long enough that 10,000 virtual cooks started in a fraction of it are all under way at
 * once (measured here on JDK 25 with 4 busy loops on 2 cores, 60 runs: all 10,000 at once, the mode over in 1.4–2.3
 * ticks of 1 s), while platform cooks, each an OS thread, take so long to start that the first ones are done before the
 * last begin (1,931–3,494 at once, 5.7–11 ticks); a shorter nap would leave fewer platform cooks at once than the lab's
 * floor of 1,000 on a loaded machine, a longer one only lengthens the check (about 10 s now). A shift begun more than
 * {@link #LATE_AFTER_TICKS} ticks into its mode skips its nap: cooks taking turns on a pool of 8 would otherwise nap
 * 1,250 ticks.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.VirtualDriver <lab class>}.
 */
public final class VirtualDriver {
    /** The cooks each mode is asked for, as the lab's {@code COOKS}. */
    public static final int COOKS = 10_000;
    /** Ticks into a mode after which a shift no longer naps. */
    public static final double LATE_AFTER_TICKS = 10;
    // How long the kit waits, after a method came back, for the shifts it left under way: a nap and some slack.
    private static final double STRAGGLER_TICKS = 3;
    // Polls, 10 ms apart, in which no shift began or ran, before the kit takes a mode to be over.
    private static final int QUIET_POLLS = 5;

    private VirtualDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Method virtualCooks = LabClasses.staticMethod(lab, false, "virtualCooks",
                "static void virtualCooks(Runnable shift)", Runnable.class);
        Method platformCooks = LabClasses.staticMethod(lab, false, "platformCooks",
                "static void platformCooks(Runnable shift)", Runnable.class);
        SideChannel events = SideChannel.current();
        long nap = Tick.duration().toNanos();
        long lateAfter = Math.round(nap * LATE_AFTER_TICKS);
        run(virtualCooks, new CookShift(Fact.ThreadKind.VIRTUAL, COOKS, nap, lateAfter), events);
        run(platformCooks, new CookShift(Fact.ThreadKind.PLATFORM, COOKS, nap, lateAfter), events);
    }

    private static void run(Method mode, CookShift shift, SideChannel events) throws Throwable {
        shift.modeStarts();
        try {
            mode.invoke(null, shift.asRunnable());
        } catch (InvocationTargetException thrown) {
            // A todo(...) still in a mode, or a mode that failed: the check reports it as the student's own.
            throw thrown.getCause();
        }
        long end = Event.now();
        int begun = shift.begun();
        int ended = shift.ended();
        // Cooks a method did not wait for are waited for here, so the next mode does not share the kitchen with them.
        long giveUp = System.nanoTime() + Math.round(Tick.duration().toNanos() * STRAGGLER_TICKS);
        int quietPolls = 0;
        while (quietPolls < QUIET_POLLS && System.nanoTime() < giveUp) {
            int before = shift.begun();
            Thread.sleep(10);
            // Threads started but not yet running begin their shifts a moment later: wait until none begins or runs.
            quietPolls = shift.begun() == before && shift.ended() == shift.begun() ? quietPolls + 1 : 0;
        }
        events.emit(shift.report(begun, ended, end));
    }
}
