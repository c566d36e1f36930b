package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Rush;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lab 14's driver, run in the kitchen instead of the lab's {@code main}: first reads the lab class with the JDK's
 * {@code javap} ({@link Fact.PantryClass}: where a {@code count++} is a read, an add and a write), then hands the
 * student's {@code serve(Rush)} one dinner rush after another ({@value #COOKS} cooks, {@value #DISHES} requests each,
 * each of the menu's dishes stocked in the pantry with three quarters of what is asked for),
 * {@value #WARM_UP} rounds to warm up and then up to {@value #MEASURED}, in this one JVM, as {@link StressRun} runs lab
 * 09's. Each round reports what {@code serve} said its books sold ({@link Fact.RaceRound}), what each cook did by the
 * kit's count ({@link Fact.RoundCook}: requests as dishes, portions plated as good ones) and what that did to the
 * pantry ({@link Fact.PantryRound}).
 *
 * <p>Measured on 2 cores (JDK 17, the kitchen's default JIT, 2026-11-29). A prototype in one JVM: a pantry of one
 * dish sells out once a round, and a look and a take each synchronized alone oversold in only 0 to 10 rounds of 2,000,
 * so the menu has 8 dishes, each stocked with three quarters of what is asked for, and every cook asks for them in the
 * same order, so the cooks reach 8 sell-outs a round together; with the plating between look and take, that oversold
 * in 61 to 75 rounds of 198. With 2,000 requests a cook the kit's rounds were too short on a loaded machine: a cook's
 * whole share (0.6 ms) fit in one time slice, so the second cook often served all of it before the first had its core
 * back, and the reference solution's cooks were together in only 12 to 19 of 200 rounds with 4 busy loops beside
 * (INCONCLUSIVE in 2 of its first 20 checks); with {@value #DISHES} they were together in 116 to 154 of 200 on a
 * machine at a load of 10 to 14. There, the untouched race oversold in 75 of 200 rounds (worst 4,386 portions too
 * many), look and take each synchronized in 52, a {@code ConcurrentHashMap}'s get-then-put in 90, and volatile books
 * were wrong in 108; the stability campaign's figures are in {@code docs/stability.md}.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.PantryDriver <lab class>}.
 */
public final class PantryDriver {
    /** Cooks per round. */
    static final int COOKS = 2;
    /** Requests per cook and round: a few milliseconds of work, long enough for the cooks to overlap. */
    static final int DISHES = 10_000;
    /** Portions of each dish in the pantry: three quarters of the requests for it, so every dish sells out. */
    static final int PORTIONS = DISHES * COOKS / Rush.MENU.size() * 3 / 4;
    /** Rounds to warm the JIT up before those measured. */
    static final int WARM_UP = 20;
    /** Rounds measured, at most. */
    static final int MEASURED = 200;
    /** How long the rounds may take in all, the warm-up's included; a program that dawdles runs fewer. */
    static final Duration BUDGET = Duration.ofSeconds(5);
    /** How long a round may go without a request taken before it counts as hung. */
    static final Duration STALL = Duration.ofSeconds(2);
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, Integer.class, Long.class);
    // Exit code of a kitchen whose lab's serve does not give back the books.
    private static final int NO_LAB_EXIT = 4;

    private PantryDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Method serve = LabClasses.staticMethod(lab, false, "serve", "static int serve(Rush rush)", Rush.class);
        SideChannel events = SideChannel.current();
        if (!NUMBERS.contains(serve.getReturnType())) {
            String why = "serve in " + lab.getName() + " returns " + serve.getReturnType().getSimpleName()
                    + ": make it static int serve(Rush rush), returning the portions your books say were sold";
            events.emit(new Fact.NoLab(why));
            System.err.println(why);
            System.exit(NO_LAB_EXIT);
        }
        List<Class<?>> classes = new ArrayList<>(List.of(lab));
        classes.addAll(List.of(lab.getDeclaredClasses()));
        Optional<Bytecode> code = Bytecode.of(classes);
        events.emit(new Fact.PantryClass(String.join(", ", RaceDriver.volatileNumbers(lab)),
                code.map(Bytecode::countUpdate).orElse(""), code.map(Bytecode::usesConcurrentMap).orElse(false),
                code.map(Bytecode::updatesAMapInOneStep).orElse(false), code.isPresent()));
        Rounds rounds = new Rounds(serve, events, Event.now() - System.nanoTime());
        new StressRun(events, STALL, rounds::progress, () -> 0)
                .run(new StressRun.Plan(WARM_UP, MEASURED, BUDGET), rounds::run);
    }

    /** The rounds, and the progress the watchdog reads: a number that moves with every request of the round. */
    private static final class Rounds {
        private final Method serve;
        private final SideChannel events;
        private final long epochOffset;
        private volatile List<Rush.Tally> cooking = List.of();

        Rounds(Method serve, SideChannel events, long epochOffset) {
            this.serve = serve;
            this.events = events;
            this.epochOffset = epochOffset;
        }

        long progress() {
            long sum = 0;
            for (Rush.Tally cook : cooking) {
                sum += cook.lastNanos();
            }
            return sum + cooking.size();
        }

        void run(int round, boolean warmUp) throws Throwable {
            List<Rush.Tally> cooks = new CopyOnWriteArrayList<>();
            Rush rush = new Rush(COOKS, DISHES, PORTIONS, cooks::add);
            cooking = cooks;
            long start = Event.now();
            Object sold;
            try {
                sold = serve.invoke(null, rush);
            } catch (InvocationTargetException thrown) {
                // A todo(...) still in serve, or a serve that failed: the check reports it as the student's own.
                throw thrown.getCause();
            }
            long end = Event.now();
            long[] plated = new long[Rush.MENU.size()];
            for (Rush.Tally cook : cooks) {
                for (int dish = 0; dish < plated.length; dish++) {
                    plated[dish] += cook.platedOf(dish);
                }
                if (cook.requests() > 0) {
                    events.emit(new Fact.RoundCook(round, cook.requests(), cook.plated(), cook.pauses(),
                            cook.arrivedNanos() + epochOffset, cook.firstNanos() + epochOffset,
                            cook.lastNanos() + epochOffset), cook.thread().getId(), cook.thread().getName());
                }
            }
            long total = 0;
            long oversold = 0;
            long unsold = 0;
            int dishesOversold = 0;
            int most = 0;
            for (long dish : plated) {
                total += dish;
                if (dish > PORTIONS) {
                    dishesOversold++;
                    oversold += dish - PORTIONS;
                    most = (int) Math.max(most, dish - PORTIONS);
                } else {
                    unsold += PORTIONS - dish;
                }
            }
            events.emit(new Fact.PantryRound(round, plated.length, PORTIONS, total, dishesOversold, oversold, most,
                    unsold));
            long count = sold instanceof Number number ? number.longValue() : -1;
            events.emit(new Fact.RaceRound(round, warmUp, COOKS, DISHES, count, false, start, end));
        }
    }
}
