package dev.kitchenlab.evidence;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything seen of one lab run, from inside (the events of the kitchen and its cooks) and from outside (the
 * process tree, the exit code, the kitchen's last output): what a lab's expectations are judged on.
 */
public final class Observation {
    // A process lives up to one sampling interval past its last sample; a generous bound on that interval.
    private static final long UNSAMPLED_MILLIS = 250;
    // The span each report of the control sleeper covers.
    private static final long WINDOW_NANOS = 1_000_000_000;

    private final Duration tick;
    private final long kitchenPid;
    private final List<Event<?>> events;
    private final List<RawLine> rawOutput;
    private final ProcessTree tree;
    private final Integer exitCode;
    private final String stoppedFor;
    private final Duration timeout;
    private final List<String> outputTail;
    private final List<String> leftovers;
    private final Calibration calibration;
    // Worked out on first use, by whichever thread asks first; an Observation is judged on one thread.
    private List<PrintedLine> printed;

    /**
     * A run, as the engine saw it.
     *
     * @param tick the tick the run used
     * @param kitchenPid the kitchen's pid
     * @param events every event of every JVM of the run
     * @param rawOutput the lines read from the kitchen's stdout and stderr, oldest first
     * @param tree the process tree as the observer saw it
     * @param exitCode the kitchen's exit code, or {@code null} when the kit stopped it
     * @param stoppedFor why the kit stopped the kitchen before its time was up (too many processes or threads), in
     *                   words for the student, or {@code null}
     * @param timeout the time the kitchen was allowed
     * @param outputTail the last lines the kitchen wrote, stdout and stderr
     * @param leftovers processes of the run still alive after the kitchen ended, stopped by the kit, each named as
     *                  {@code sleep (pid 4711)}
     * @param calibration how late the machine ran at the start of the check
     */
    public Observation(Duration tick, long kitchenPid, List<Event<?>> events, List<RawLine> rawOutput, ProcessTree tree,
                       Integer exitCode, String stoppedFor, Duration timeout, List<String> outputTail,
                       List<String> leftovers, Calibration calibration) {
        this.tick = tick;
        this.kitchenPid = kitchenPid;
        this.events = events.stream().sorted(Comparator.comparingLong(Event::epochNanos)).toList();
        this.rawOutput = List.copyOf(rawOutput);
        this.tree = tree;
        this.exitCode = exitCode;
        this.stoppedFor = stoppedFor;
        this.timeout = timeout;
        this.outputTail = List.copyOf(outputTail);
        this.leftovers = List.copyOf(leftovers);
        this.calibration = calibration;
    }

    /** The tick the run used. */
    public Duration tick() {
        return tick;
    }

    /** The kitchen's pid. */
    public long kitchenPid() {
        return kitchenPid;
    }

    /** The process tree as the observer saw it. */
    public ProcessTree tree() {
        return tree;
    }

    /** The kitchen's exit code; empty if the kit stopped it. */
    public Optional<Integer> exitCode() {
        return Optional.ofNullable(exitCode);
    }

    /** Why the kit stopped the kitchen before its time was up, if it did. */
    public Optional<String> stoppedFor() {
        return Optional.ofNullable(stoppedFor);
    }

    /** Whether the kitchen was stopped because its time was up. */
    public boolean timedOut() {
        return exitCode == null && stoppedFor == null;
    }

    /** The time the kitchen was allowed. */
    public Duration timeout() {
        return timeout;
    }

    /** The last lines the kitchen wrote, stdout and stderr. */
    public List<String> outputTail() {
        return outputTail;
    }

    /** Processes of the run still alive after the kitchen ended, stopped by the kit: {@code sleep (pid 4711)}. */
    public List<String> leftovers() {
        return leftovers;
    }

    /** How late the machine ran at the start of the check. */
    public Calibration calibration() {
        return calibration;
    }

    /** The events of one kind, from any JVM of the run, oldest first. */
    public <F extends Fact> List<Event<F>> events(Class<F> kind) {
        return events.stream().flatMap(e -> e.as(kind).stream()).toList();
    }

    /** The events of one kind from the kitchen process only, oldest first. */
    public <F extends Fact> List<Event<F>> kitchenEvents(Class<F> kind) {
        return events(kind).stream().filter(e -> e.pid() == kitchenPid).toList();
    }

    /** When the lab's {@code main} began in the kitchen. */
    public Optional<Event<Fact.MainStarted>> mainStart() {
        return kitchenEvents(Fact.MainStarted.class).stream().findFirst();
    }

    /** How the lab's {@code main} ended, if it did. */
    public Optional<Event<Fact.MainEnded>> mainEnd() {
        return kitchenEvents(Fact.MainEnded.class).stream().findFirst();
    }

    /**
     * Everything every process of the run printed on one stream, oldest first, each line attributed to its writer as
     * well as the kit can (see {@link PrintedLine}).
     */
    public List<PrintedLine> printed(Fact.Stream stream) {
        if (printed == null) {
            printed = PrintedLines.attribute(events(Fact.OutputLine.class), rawOutput, kitchenPid, tree,
                    UNSAMPLED_MILLIS);
        }
        return printed.stream().filter(line -> line.stream() == stream).toList();
    }

    /** The lines the kitchen process itself wrote to {@code System.out}, with their writer threads when known. */
    public List<PrintedLine> kitchenLines() {
        return printed(Fact.Stream.OUT).stream().filter(line -> line.pid() == kitchenPid).toList();
    }

    /**
     * How late the machine ran while the lab ran: the latest the kit's control sleeper woke in any window that
     * overlaps the given span (epoch nanoseconds), or the calibration's figure when no window does; or, if later, the
     * latest any of the run's {@code Tick.sleep}s woke among those that overlap the span. A sleep that wakes late is
     * the machine's doing, never the program's, and the sleeper alone can miss it: in a kitchen on a busy machine
     * three cooks' sleeps of 500 ms woke together 300 ms late while the sleeper, on another core, never woke more than
     * 17 ms late.
     */
    public Duration lateness(long fromNanos, long toNanos) {
        Duration sleeper = kitchenEvents(Fact.ControlLateness.class).stream().map(Event::fact)
                .filter(w -> w.windowStartEpochNanos() <= toNanos && w.windowStartEpochNanos() + WINDOW_NANOS >= fromNanos)
                .map(w -> Duration.ofNanos(w.worstLatenessNanos())).max(Duration::compareTo)
                .orElse(calibration.sleepLateness());
        Duration sleeps = events(Fact.Slept.class).stream()
                .filter(woke -> woke.epochNanos() >= fromNanos && woke.fact().startEpochNanos() <= toNanos)
                .map(woke -> Duration.ofNanos(Math.max(0, woke.epochNanos() - woke.fact().startEpochNanos()
                        - woke.fact().requestedNanos())))
                .max(Duration::compareTo).orElse(Duration.ZERO);
        return sleeper.compareTo(sleeps) >= 0 ? sleeper : sleeps;
    }

    /** Whether the event happened on the thread that ran {@code main}. */
    public boolean onMainThread(Event<?> event) {
        return mainStart().map(main -> main.sameThreadAs(event)).orElse(false);
    }

    /** Whether the line was written by the thread that ran {@code main}. */
    public boolean onMainThread(PrintedLine line) {
        return mainStart().map(line::sameThreadAs).orElse(false);
    }

    /** A duration, in ticks of this run. */
    public double inTicks(Duration duration) {
        return (double) duration.toNanos() / tick.toNanos();
    }

    /** The largest pool of this kind the kitchen opened, or 0 if it opened none. */
    public int largestPool(Fact.PoolKind kind) {
        return kitchenEvents(Fact.PoolOpened.class).stream().map(Event::fact).filter(p -> p.kind() == kind)
                .mapToInt(Fact.PoolOpened::size).max().orElse(0);
    }

    /** The pids of the cook processes that checked in as children of this kitchen. */
    public Set<Long> cookProcessPids() {
        return events(Fact.Hello.class).stream()
                .filter(e -> e.fact().role() == Fact.Role.COOK && e.fact().parentPid() == kitchenPid)
                .map(Event::pid).collect(Collectors.toSet());
    }

    /**
     * The threads the program started in the kitchen, with what they wrote, in the order they appeared: those the
     * harness's watcher saw, and those known from what they did (slept a tick, printed, took a dish), which a busy
     * machine cannot hide from the kit.
     */
    public List<CookThread> cookThreads() {
        Map<Long, long[]> spans = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Set<Long> watched = new HashSet<>();
        Optional<Event<Fact.MainStarted>> main = mainStart();
        for (Event<?> event : events) {
            if (event.pid() != kitchenPid) {
                continue;
            }
            long id = event.threadId();
            if (event.fact() instanceof Fact.ThreadSeen) {
                watched.add(id);
                spans.putIfAbsent(id, new long[] {event.epochNanos(), Long.MAX_VALUE});
                names.put(id, event.threadName());
            } else if (event.fact() instanceof Fact.ThreadGone && spans.containsKey(id)) {
                spans.get(id)[1] = event.epochNanos();
            } else if (showsACook(event) && main.map(m -> !m.sameThreadAs(event)).orElse(true)
                    && !event.threadName().startsWith(LineTap.KIT_THREAD_PREFIX) && !watched.contains(id)) {
                long began = event.fact() instanceof Fact.Slept slept ? slept.startEpochNanos() : event.epochNanos();
                long[] span = spans.computeIfAbsent(id, k -> new long[] {began, event.epochNanos()});
                span[0] = Math.min(span[0], began);
                span[1] = Math.max(span[1], event.epochNanos());
                names.putIfAbsent(id, event.threadName());
            }
        }
        Map<Long, Long> linesByThread = kitchenLines().stream()
                .collect(Collectors.groupingBy(PrintedLine::threadId, Collectors.counting()));
        List<CookThread> cooks = new ArrayList<>();
        for (Map.Entry<Long, long[]> span : spans.entrySet()) {
            long id = span.getKey();
            cooks.add(new CookThread(kitchenPid, id, names.get(id), span.getValue()[0], span.getValue()[1],
                    linesByThread.getOrDefault(id, 0L).intValue()));
        }
        cooks.sort(Comparator.comparingLong(CookThread::firstSeenNanos));
        return cooks;
    }

    /** Whether an event is something a cook thread does that the kit sees. */
    private static boolean showsACook(Event<?> event) {
        Fact fact = event.fact();
        return fact instanceof Fact.Slept || fact instanceof Fact.OutputLine || fact instanceof Fact.DishStarted
                || fact instanceof Fact.DishFinished || fact instanceof Fact.ThreadDied
                || fact instanceof Fact.TodoReached;
    }
}
