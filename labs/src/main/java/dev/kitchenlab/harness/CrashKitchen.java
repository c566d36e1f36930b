package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.OrphanWatch;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.events.StudentCode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Lab 08's crash kitchen: a JVM of its own, started by {@link CrashDriver} with one order set to fail on the stove,
 * that calls the student's {@code threadMode} or {@code processMode} once and reports what it returned
 * ({@link Fact.MealServed}) or threw ({@link Fact.MealThrew}). A kitchen of its own for every meal, because a cook's
 * {@code System.exit} ends the whole JVM it runs in, and the driver must live on to tell.
 *
 * <p>Usage: {@code CrashKitchen <lab class> threads|processes ORDER...}.
 */
public final class CrashKitchen {
    /** Exit code of a crash kitchen whose mode is still a {@code todo(...)}. */
    static final int NOT_STARTED_EXIT = 3;
    /** Exit code of a crash kitchen whose mode threw. */
    static final int THREW_EXIT = 1;

    private CrashKitchen() {
    }

    /** Runs the mode named second of the lab class named first, on the orders after them. */
    public static void main(String[] args) {
        // A child of the kitchen: what it and its cooks print is reported as theirs.
        SideChannel events = SideChannel.current();
        ProcessHandle.current().parent().map(ProcessHandle::pid).ifPresent(OrphanWatch::start);
        Method mode = CrashDriver.mode(LabClasses.load(args[0]), args[1].equals(CrashDriver.THREADS));
        List<String> orders = new ArrayList<>(List.of(args).subList(2, args.length));
        Object served;
        try {
            served = mode.invoke(null, orders);
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (KitchenHarness.notStarted(cause).isPresent()) {
                // The todo(...) reported itself where it was reached.
                System.exit(NOT_STARTED_EXIT);
            }
            events.emit(new Fact.MealThrew(cause.toString(), StudentCode.where(cause.getStackTrace())));
            System.err.print("Exception in thread \"main\" ");
            cause.printStackTrace();
            System.exit(THREW_EXIT);
            return;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        List<?> dishes = served == null ? List.of() : (List<?>) served;
        List<String> kept = dishes.stream().filter(Objects::nonNull).map(String::valueOf).toList();
        events.emit(new Fact.MealServed(kept.stream().collect(Collectors.joining("\n")), kept.size()));
    }
}
