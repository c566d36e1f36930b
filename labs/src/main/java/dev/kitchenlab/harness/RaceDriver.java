package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Pan;
import dev.kitchenlab.kitchen.Shift;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lab 09's driver, run in the kitchen instead of the lab's {@code main}: hands the student's {@code serve(Order)} one
 * order after another ({@value #COOKS} cooks, {@value #DISHES} dishes each), {@value #WARM_UP} rounds to warm up and
 * then up to {@value #MEASURED}, and reports each round ({@link Fact.RaceRound}: what {@code serve} counted) with what
 * each cook did by the kit's own count ({@link Fact.RoundCook}). A round that hangs ends the run ({@link StressRun}).
 *
 * <p>Measured on 2 cores (JDK 17, the kitchen's default JIT, 2026-11-29): the skeleton's {@code count++} lost updates
 * in 157 of 200 rounds on a quiet machine, in 50 to 111 of 200 beside other builds and in 52 to 166 of 200 with a busy
 * loop on every core, about as often as the cooks overlapped; {@value #MEASURED} rounds show the race every time, where
 * one {@code count++} loop run by hand lost updates in 1 to 4 runs in 100.
 *
 * <p>Lab 10 (deadlock) is driven the same way, with {@value #UNCOUNTED} after the class: its {@code static void
 * serve(Order)} counts nothing, and its cooks take the kitchen's utensils around every dish; the watchdog reports a
 * deadlock as soon as the JVM finds it (how soon it shows on 2 cores is measured in {@code DeadlockLab}'s Javadoc).
 *
 * <p>Lab 11 (livelock) is driven as lab 10 is; when the order's pan was used, each round reports what happened on it
 * ({@link Fact.PanRound}), and the watchdog reads the pan's hand-overs, which climb while polite cooks are livelocked.
 * With {@value #PAN} after the class an order has {@value #PAN_DISHES} dishes a cook: cooks that pass the pan after
 * every dish wait for the other to be scheduled each time, up to a few milliseconds on a busy machine.
 *
 * <p>Lab 12 (starvation) is driven with {@value #SHIFT} after the class: its {@code static void serve(Shift)} is
 * handed one shift after another, {@value #SHIFT_COOKS} cooks cooking until the shift is over, and each shift is
 * reported with every cook's dishes, so the kit sees who starved. Then its {@code static void priorities(Shift)} is
 * handed one shift of busy cooks that it starts at a high and a low priority, and each cook is reported with its
 * priority and dishes ({@link Fact.PriorityCook}), for the kit to hold the student's printed counts against.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.RaceDriver <lab class> [uncounted | pan | shift]}.
 */
public final class RaceDriver {
    /** Cooks per round. */
    static final int COOKS = 2;
    /** Dishes per cook and round: a couple of milliseconds of cooking, long enough for the cooks to overlap. */
    static final int DISHES = 5_000;
    /** Rounds to warm the JIT up before those measured. */
    static final int WARM_UP = 20;
    /** Rounds measured, at most. */
    static final int MEASURED = 200;
    /** How long the rounds may take in all, the warm-up's included; a program that dawdles runs fewer. */
    static final Duration BUDGET = Duration.ofSeconds(5);
    /** How long a round may go without a dish cooked before it counts as hung. */
    static final Duration STALL = Duration.ofSeconds(2);
    /** The argument after the lab class for a lab whose {@code serve} returns nothing (lab 10). */
    public static final String UNCOUNTED = "uncounted";
    /** The argument after the lab class for a lab whose cooks share one pan (lab 11): uncounted, fewer dishes. */
    public static final String PAN = "pan";
    /** Dishes per cook and round when the cooks share one pan. */
    static final int PAN_DISHES = 20;
    /** The argument after the lab class for a lab whose rounds are shifts of cooks (lab 12). */
    public static final String SHIFT = "shift";
    /** Cooks per shift: one greedy, three modest, more than the cores, as in a busy kitchen. */
    static final int SHIFT_COOKS = 4;
    /** How long a shift lasts: long enough for thousands of dishes, so a cook's share is a fair measure. */
    static final Duration SHIFT_LENGTH = Duration.ofMillis(500);
    /**
     * Shifts to warm the JIT up: one, of a whole shift's length, in which four busy cooks run the cooking loop far
     * past the JIT's thresholds (a second one cost every check of lab 12 half a second and a core, and judged nothing).
     */
    static final int SHIFT_WARM_UP = 1;
    /** Shifts measured, at most. */
    static final int SHIFT_MEASURED = 10;
    /** How long the shifts may take in all: a shift is long, so that a cook's share is more than the scheduler's. */
    static final Duration SHIFT_BUDGET = Duration.ofSeconds(7);
    /** How long the priority shift lasts, part two of lab 12: busy cooks, half of them at a high priority. */
    static final Duration PRIORITY_SHIFT = Duration.ofMillis(500);
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, short.class, Integer.class, Long.class);
    // Exit code of a kitchen whose lab's serve does not give back a count.
    private static final int NO_LAB_EXIT = 4;

    private RaceDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        String mode = args.length > 1 ? args[1] : "";
        boolean shift = SHIFT.equals(mode);
        boolean uncounted = UNCOUNTED.equals(mode) || PAN.equals(mode) || shift;
        int dishes = PAN.equals(mode) ? PAN_DISHES : shift ? 0 : DISHES;
        Method serve = shift ? LabClasses.staticMethod(lab, false, "serve", "static void serve(Shift shift)",
                Shift.class) : LabClasses.staticMethod(lab, false, "serve",
                uncounted ? "static void serve(Order order)" : "static int serve(Order order)", Order.class);
        Method priorities = shift ? LabClasses.staticMethod(lab, false, "priorities",
                "static void priorities(Shift shift)", Shift.class) : null;
        SideChannel events = SideChannel.current();
        if (!uncounted && !NUMBERS.contains(serve.getReturnType())) {
            String why = "serve in " + lab.getName() + " returns " + serve.getReturnType().getSimpleName()
                    + ": make it static int serve(Order order), returning the count on the shared counter";
            events.emit(new Fact.NoLab(why));
            System.err.println(why);
            System.exit(NO_LAB_EXIT);
        }
        events.emit(new Fact.CounterFields(String.join(", ", volatileNumbers(lab))));
        Rounds rounds = new Rounds(serve, shift, dishes, events, Event.now() - System.nanoTime());
        new StressRun(events, STALL, rounds::progress, rounds::motion).run(shift
                ? new StressRun.Plan(SHIFT_WARM_UP, SHIFT_MEASURED, SHIFT_BUDGET)
                : new StressRun.Plan(WARM_UP, MEASURED, BUDGET), rounds::run);
        if (priorities != null) {
            priorities(priorities, events, Event.now() - System.nanoTime());
        }
    }

    /**
     * Part two of lab 12: one shift of busy cooks, twice as many as the CPUs, that the student starts at a high and a
     * low priority and whose dishes per priority it prints; reported per cook with its priority, by the kit's count.
     */
    private static void priorities(Method priorities, SideChannel events, long epochOffset) throws Throwable {
        List<Order.Tally> cooks = new CopyOnWriteArrayList<>();
        Shift shift = new Shift(Math.max(SHIFT_COOKS, 2 * Runtime.getRuntime().availableProcessors()),
                PRIORITY_SHIFT, new Order.Watcher() {
                    @Override
                    public void cookArrived(Order.Tally cook) {
                        cooks.add(cook);
                    }

                    @Override
                    public void peeked() {
                        // A shift has no count to peek at.
                    }
                });
        long start = Event.now();
        try {
            priorities.invoke(null, shift);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
        long end = Event.now();
        for (Order.Tally cook : cooks) {
            events.emit(new Fact.PriorityCook(cook.thread().getPriority(), cook.dishes(),
                    cook.arrivedNanos() + epochOffset), cook.thread().getId(), cook.thread().getName());
        }
        events.emit(new Fact.PriorityShift(shift.cooks(), Runtime.getRuntime().availableProcessors(), start, end));
    }

    /** The lab class's {@code volatile} number fields, and its nested classes': what a counter made volatile is. */
    static List<String> volatileNumbers(Class<?> lab) {
        List<String> found = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(List.of(lab));
        for (int i = 0; i < classes.size(); i++) {
            Class<?> type = classes.get(i);
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isVolatile(field.getModifiers()) && NUMBERS.contains(field.getType())) {
                    found.add(type.getSimpleName() + "." + field.getName());
                }
            }
            classes.addAll(List.of(type.getDeclaredClasses()));
        }
        return found;
    }

    /** The rounds, and the progress the watchdog reads: a number that moves with every dish of the current round. */
    private static final class Rounds {
        private final Method serve;
        private final boolean shift;
        private final int dishes;
        private final SideChannel events;
        private final long epochOffset;
        private volatile List<Order.Tally> cooking = List.of();
        private volatile Order current;

        Rounds(Method serve, boolean shift, int dishes, SideChannel events, long epochOffset) {
            this.serve = serve;
            this.shift = shift;
            this.dishes = dishes;
            this.events = events;
            this.epochOffset = epochOffset;
        }

        long progress() {
            long sum = 0;
            for (Order.Tally cook : cooking) {
                sum += cook.lastNanos();
            }
            return sum + cooking.size();
        }

        /** How often the current order's pan changed hands: what climbs while polite cooks are livelocked. */
        long motion() {
            Order order = current;
            Pan pan = order == null ? null : order.pan();
            return pan == null ? 0 : pan.handOvers();
        }

        void run(int round, boolean warmUp) throws Throwable {
            List<Order.Tally> cooks = new CopyOnWriteArrayList<>();
            AtomicBoolean peeked = new AtomicBoolean();
            Order.Watcher watcher = new Order.Watcher() {
                @Override
                public void cookArrived(Order.Tally cook) {
                    cooks.add(cook);
                }

                @Override
                public void peeked() {
                    peeked.set(true);
                }
            };
            Order order = shift ? null : new Order(COOKS, dishes, watcher);
            cooking = cooks;
            current = order;
            long start = Event.now();
            Object counted;
            try {
                counted = serve.invoke(null, shift ? new Shift(SHIFT_COOKS, SHIFT_LENGTH, watcher) : order);
            } catch (InvocationTargetException thrown) {
                // A todo(...) still in serve, or a serve that failed: the check reports it as the student's own.
                throw thrown.getCause();
            }
            long end = Event.now();
            for (Order.Tally cook : cooks) {
                // A thread that only looked at the pan (serve's own, handing it out) cooked nothing: no cook. In a
                // shift, one that looked whether it was open and never got the stove starved.
                if (cook.dishes() > 0 || shift) {
                    events.emit(new Fact.RoundCook(round, cook.dishes(), cook.good(), cook.pauses(),
                            cook.arrivedNanos() + epochOffset, cook.firstNanos() + epochOffset,
                            cook.lastNanos() + epochOffset), cook.thread().getId(), cook.thread().getName());
                }
                if (shift) {
                    events.emit(new Fact.ShiftTurns(round, cook.longestTurn()), cook.thread().getId(),
                            cook.thread().getName());
                }
            }
            Pan pan = order == null ? null : order.pan();
            if (pan != null) {
                events.emit(new Fact.PanRound(round, pan.handOvers(), pan.mostHandOversForADish(),
                        pan.longestWaitNanos(), pan.handOversInLongestWait(), pan.dishesAtOnce()));
            }
            long count = counted instanceof Number number ? number.longValue() : -1;
            events.emit(new Fact.RaceRound(round, warmUp, shift ? SHIFT_COOKS : COOKS, dishes, count, peeked.get(),
                    start, end));
        }
    }
}
