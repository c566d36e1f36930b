package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Tick;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Lab 08's driver, run in the kitchen instead of the lab's {@code main}: serves the same orders again and again, each
 * time in a {@link CrashKitchen} JVM of its own that calls the student's {@code threadMode} or {@code processMode}
 * while the kit's stove fails one order one way (an exception, {@code System.exit}, {@code Runtime.halt}, a full
 * heap), waits for that kitchen and reports how it ended ({@link Fact.CrashMeal}). The order that fails and the order
 * of the orders are picked at random for the run, so that no kitchen can know them beforehand.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.CrashDriver <lab class>}.
 */
public final class CrashDriver {
    /** The orders of every meal, the failing one among them. */
    static final List<String> ORDERS = List.of("soup", "salad", "bread", "pasta", "curry", "pie");
    /** The argument that asks a crash kitchen for thread mode. */
    static final String THREADS = "threads";
    // The failing order is one of the first few: a cook fails while the others are still at their stoves.
    private static final int FAILS_AMONG_FIRST = 3;
    // A meal takes a few tenths of a tick and a JVM or three to start; one still going after this hangs.
    private static final int MEAL_LIMIT_TICKS = 10;
    private static final Duration MEAL_START_ALLOWANCE = Duration.ofSeconds(5);

    private CrashDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Class<?> lab = LabClasses.load(args[0]);
        // Looked up here first: a mode missing is the lab missing, said once, not a crash of every meal.
        mode(lab, true);
        mode(lab, false);
        Random random = new Random();
        List<String> orders = new ArrayList<>(ORDERS);
        Collections.shuffle(orders, random);
        String failing = orders.get(random.nextInt(FAILS_AMONG_FIRST));
        SideChannel events = SideChannel.current();
        for (boolean threads : new boolean[] {true, false}) {
            for (Fact.CrashKind kind : Fact.CrashKind.values()) {
                Fact.CrashMeal meal = serve(args[0], threads, kind, failing, orders);
                events.emit(meal);
                // A mode still to write, or one that hangs, would only do it again.
                if (meal.exitCode() == CrashKitchen.NOT_STARTED_EXIT || meal.exitCode() < 0) {
                    break;
                }
            }
        }
    }

    /** The student's {@code threadMode} or {@code processMode}: {@code static List<String> xMode(List<String>)}. */
    static Method mode(Class<?> lab, boolean threads) {
        String name = threads ? "threadMode" : "processMode";
        Method mode = LabClasses.staticMethod(lab, false, name, "static List<String> " + name + "(List<String> orders)",
                List.class);
        if (!List.class.isAssignableFrom(mode.getReturnType())) {
            throw LabClasses.giveUp(name + " of " + lab.getName() + " returns " + mode.getReturnType().getSimpleName()
                    + ": it must return the dishes served, a List<String>");
        }
        return mode;
    }

    private static Fact.CrashMeal serve(String labClass, boolean threads, Fact.CrashKind kind, String failing,
                                        List<String> orders) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A small heap, so that the cook who fills it in thread mode fills it quickly.
        command.addAll(KitchenEnvironment.FAST_START_COOK_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CrashKitchen.class.getName());
        command.add(labClass);
        command.add(threads ? THREADS : "processes");
        command.addAll(orders);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        KitchenEnvironment.withStoveFailure(builder.environment(), failing, kind);
        long start = System.nanoTime();
        Process kitchen = builder.start();
        long limit = MEAL_START_ALLOWANCE.plus(Tick.duration().multipliedBy(MEAL_LIMIT_TICKS)).toMillis();
        int exit;
        if (kitchen.waitFor(limit, TimeUnit.MILLISECONDS)) {
            exit = kitchen.exitValue();
        } else {
            kitchen.descendants().forEach(ProcessHandle::destroyForcibly);
            kitchen.destroyForcibly().waitFor();
            exit = -1;
        }
        return new Fact.CrashMeal(threads, kind, failing, String.join("\n", orders), kitchen.pid(), exit,
                System.nanoTime() - start);
    }
}
