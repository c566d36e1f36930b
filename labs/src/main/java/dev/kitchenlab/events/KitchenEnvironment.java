package dev.kitchenlab.events;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables through which a check reaches the kitchen and every process below it: the one place
 * that writes them (the engine, for a kitchen it starts) and reads them (the kitchen, its pools, its cooks).
 * Environment variables, not system properties, so that a plain {@code ProcessBuilder} child sees them too; and the
 * run's marker among them marks every process of the run, so none can outlive it unnoticed.
 */
public final class KitchenEnvironment {
    /**
     * The cooks' JVM options unless a lab says otherwise: the fastest start measured on JDK 17 (C1 only, no perf
     * data file, a small heap; {@code -XX:+UseSerialGC} started slower). Never for a kitchen: the JIT flags hide the
     * visibility bug.
     */
    public static final List<String> FAST_START_COOK_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xmx64m");

    // The tick, as Durations writes it; absent means the talk's 10 s.
    static final String TICK = "KITCHEN_TICK";
    // The folder where each JVM of a lab run writes its events; absent means nobody is watching.
    static final String EVENTS_DIR = "KITCHEN_EVENTS_DIR";
    // The cooks' JVM options, separated by spaces; absent means FAST_START_COOK_OPTIONS.
    static final String COOK_JVM_OPTIONS = "KITCHEN_COOK_JVM_OPTIONS";
    // When the check stops the lab, in epoch milliseconds; absent means never.
    static final String DEADLINE = "KITCHEN_DEADLINE";
    // The run every process of the lab belongs to: the marker the check sweeps the process table for.
    static final String RUN = "KITCHEN_RUN";
    // The pid of the JVM that started the kitchen: when it is gone, so is the kitchen.
    static final String INSPECTOR = "KITCHEN_INSPECTOR_PID";

    // Lab 08: the order the stove fails and how, ORDER:KIND; absent means every order is cooked.
    static final String STOVE_FAILS = "KITCHEN_STOVE_FAILS";

    private KitchenEnvironment() {
    }

    /**
     * What a check tells a kitchen it starts.
     *
     * @param tick the tick of the check
     * @param eventsDir where the kitchen and its cooks write their events
     * @param cookJvmOptions the JVM options of the kit's cook processes
     * @param deadline when the check will stop the lab, so that its JVMs can say where they were just before
     * @param run the run's marker, unique on the machine
     * @param inspectorPid the process that started the kitchen and watches it
     */
    public record Settings(Duration tick, Path eventsDir, List<String> cookJvmOptions, Instant deadline, String run,
                           long inspectorPid) {
        /** Checks the parts. */
        public Settings {
            Objects.requireNonNull(tick, "tick");
            Objects.requireNonNull(eventsDir, "eventsDir");
            cookJvmOptions = List.copyOf(cookJvmOptions);
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(run, "run");
        }
    }

    /** Sets what a kitchen started by a check reads, in the environment of the process about to start. */
    public static void write(Map<String, String> environment, Settings settings) {
        environment.put(TICK, Durations.format(settings.tick()));
        environment.put(EVENTS_DIR, settings.eventsDir().toString());
        environment.put(COOK_JVM_OPTIONS, String.join(" ", settings.cookJvmOptions()));
        environment.put(DEADLINE, String.valueOf(settings.deadline().toEpochMilli()));
        environment.put(RUN, settings.run());
        environment.put(INSPECTOR, String.valueOf(settings.inspectorPid()));
    }

    /**
     * Sets what a kitchen run by hand ({@code kitchen:run}) reads besides its tick: its cooks' JVM options, its run's
     * marker, and the process that started it. No events folder (nobody judges a run by hand, so the kit's side
     * channel stays silent) and no deadline (the student stops it): only what keeps its cooks right and lets the kit
     * stop every process of the run.
     */
    public static void writeByHand(Map<String, String> environment, List<String> cookJvmOptions, String run,
                                   long inspectorPid) {
        environment.put(COOK_JVM_OPTIONS, String.join(" ", cookJvmOptions));
        environment.put(RUN, run);
        environment.put(INSPECTOR, String.valueOf(inspectorPid));
    }

    /** Sets another tick for a process a kitchen starts, keeping the rest of what the check set. */
    public static void withTick(Map<String, String> environment, Duration tick) {
        environment.put(TICK, Durations.format(tick));
    }

    /** The entry a process of the run carries in its environment ({@code NAME=value}), for a sweep to find. */
    public static String marker(String run) {
        return RUN + "=" + run;
    }

    /**
     * The tick a check set, or empty when the lab runs by hand.
     *
     * @throws IllegalArgumentException when the variable holds no duration
     */
    public static Optional<Duration> tick() {
        String value = read(TICK);
        return value == null ? Optional.empty() : Optional.of(Durations.parse(value));
    }

    /** The folder for this JVM's events, or empty when nobody is watching. */
    public static Optional<Path> eventsDir() {
        return eventsDirName().map(Path::of);
    }

    /** The same folder's name, for a JVM's side channel, which opens its file with {@code java.io} (see OwnProcess). */
    static Optional<String> eventsDirName() {
        return Optional.ofNullable(read(EVENTS_DIR));
    }

    /** When the check will stop the lab, or empty when nobody will (a lab run by hand) or it cannot be read. */
    public static Optional<Instant> deadline() {
        Optional<Long> millis = number(DEADLINE);
        return millis.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis.get()));
    }

    /** The process that started the kitchen and watches it, or empty when the lab runs by hand. */
    public static Optional<Long> inspectorPid() {
        return number(INSPECTOR);
    }

    /** The JVM options for the kit's cook processes. */
    public static List<String> cookJvmOptions() {
        String configured = System.getenv(COOK_JVM_OPTIONS);
        if (configured == null) {
            return FAST_START_COOK_OPTIONS;
        }
        return Arrays.stream(configured.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /** Lab 08: makes the stove of a process about to start (and of every process under it) fail one order. */
    public static void withStoveFailure(Map<String, String> environment, String order, Fact.CrashKind kind) {
        environment.put(STOVE_FAILS, order + ":" + kind.name());
    }

    /** Lab 08: how the stove fails an order, {@code ORDER:KIND}, or empty when it cooks them all. */
    public static Optional<String> stoveFailure() {
        return Optional.ofNullable(read(STOVE_FAILS));
    }

    private static Optional<Long> number(String name) {
        String value = read(name);
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The variable's value, or null when it is unset or blank. No lambdas on this path (nor on the rest of a kitchen's
     * way to the lab's {@code main}): the first one links the JVM's lambda machinery, some 10 ms of a kitchen's start
     * that a plain program does not pay.
     */
    private static String read(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
