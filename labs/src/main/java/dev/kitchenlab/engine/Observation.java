package dev.kitchenlab.engine;

import dev.kitchenlab.engine.observe.ProcessTree;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventType;
import dev.kitchenlab.labs.Lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything seen of one lab run, from inside (the events of the kitchen and its cooks) and from outside
 * (the process tree): what a judge decides on.
 */
public final class Observation {
    private final Lab lab;
    private final Duration tick;
    private final long kitchenPid;
    private final List<Event> events;
    private final ProcessTree tree;
    private final Integer exitCode;
    private final Duration timeout;
    private final List<String> outputTail;
    private final List<Long> leftovers;
    private final Calibration calibration;

    Observation(Lab lab, Duration tick, long kitchenPid, List<Event> events, ProcessTree tree, Integer exitCode,
                Duration timeout, List<String> outputTail, List<Long> leftovers, Calibration calibration) {
        this.lab = lab;
        this.tick = tick;
        this.kitchenPid = kitchenPid;
        this.events = List.copyOf(events);
        this.tree = tree;
        this.exitCode = exitCode;
        this.timeout = timeout;
        this.outputTail = List.copyOf(outputTail);
        this.leftovers = List.copyOf(leftovers);
        this.calibration = calibration;
    }

    /** The lab that ran. */
    public Lab lab() {
        return lab;
    }

    /** The tick the run used. */
    public Duration tick() {
        return tick;
    }

    /** The kitchen's pid. */
    public long kitchenPid() {
        return kitchenPid;
    }

    /** Every event of every JVM of the run, oldest first. */
    public List<Event> events() {
        return events;
    }

    /** The process tree as the observer saw it. */
    public ProcessTree tree() {
        return tree;
    }

    /** The kitchen's exit code; empty if it was stopped at its timeout. */
    public Optional<Integer> exitCode() {
        return Optional.ofNullable(exitCode);
    }

    /** Whether the kitchen was stopped because its time was up. */
    public boolean timedOut() {
        return exitCode == null;
    }

    /** The time the kitchen was allowed. */
    public Duration timeout() {
        return timeout;
    }

    /** The last lines the kitchen wrote, stdout and stderr. */
    public List<String> outputTail() {
        return outputTail;
    }

    /** Processes of the run that were still alive after the kitchen ended, and were stopped by the kit. */
    public List<Long> leftovers() {
        return leftovers;
    }

    /** How late the machine ran at the start of the check. */
    public Calibration calibration() {
        return calibration;
    }

    /** The events of one type, from any JVM of the run. */
    public List<Event> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** When the lab's {@code main} began in the kitchen. */
    public Optional<Event> mainStart() {
        return kitchenEvents(EventType.MAIN_START).stream().findFirst();
    }

    /** How the lab's {@code main} ended, if it did. */
    public Optional<Event> mainEnd() {
        return kitchenEvents(EventType.MAIN_END).stream().findFirst();
    }

    /** The lines the kitchen process wrote to {@code System.out}, with their writer threads. */
    public List<Event> kitchenLines() {
        return kitchenEvents(EventType.LINE_OUT);
    }

    /** Events of one type from the kitchen process only. */
    public List<Event> kitchenEvents(EventType type) {
        return events.stream().filter(e -> e.type() == type && e.pid() == kitchenPid).toList();
    }

    /** Whether the event happened on the thread that ran {@code main}. */
    public boolean onMainThread(Event event) {
        return mainStart().map(m -> m.pid() == event.pid() && m.threadId() == event.threadId()).orElse(false);
    }

    /** The time from {@code main}'s start to the event, in ticks. */
    public double ticksSinceMainStart(Event event) {
        return (double) sinceMainStart(event).toNanos() / tick.toNanos();
    }

    /** The time from {@code main}'s start to the event. */
    public Duration sinceMainStart(Event event) {
        long start = mainStart().map(Event::epochNanos).orElse(event.epochNanos());
        return Duration.ofNanos(event.epochNanos() - start);
    }

    /** The threads the program started in the kitchen, with what they wrote, in the order they appeared. */
    public List<CookThread> cookThreads() {
        Map<Long, long[]> spans = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Event event : events) {
            if (event.pid() != kitchenPid) {
                continue;
            }
            if (event.type() == EventType.THREAD_SEEN) {
                spans.putIfAbsent(event.threadId(), new long[] {event.epochNanos(), Long.MAX_VALUE});
                names.put(event.threadId(), event.threadName());
            } else if (event.type() == EventType.THREAD_GONE && spans.containsKey(event.threadId())) {
                spans.get(event.threadId())[1] = event.epochNanos();
            }
        }
        List<CookThread> cooks = new ArrayList<>();
        for (Map.Entry<Long, long[]> span : spans.entrySet()) {
            long id = span.getKey();
            int lines = (int) kitchenLines().stream().filter(l -> l.threadId() == id).count();
            cooks.add(new CookThread(kitchenPid, id, names.get(id), span.getValue()[0], span.getValue()[1], lines));
        }
        cooks.sort(Comparator.comparingLong(CookThread::firstSeenNanos));
        return cooks;
    }

    /** The most cook threads alive at the same moment. */
    public int peakConcurrentCookThreads() {
        List<long[]> changes = new ArrayList<>();
        for (CookThread cook : cookThreads()) {
            changes.add(new long[] {cook.firstSeenNanos(), 1});
            changes.add(new long[] {cook.lastSeenNanos(), -1});
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        int alive = 0;
        int peak = 0;
        for (long[] change : changes) {
            alive += (int) change[1];
            peak = Math.max(peak, alive);
        }
        return peak;
    }
}
