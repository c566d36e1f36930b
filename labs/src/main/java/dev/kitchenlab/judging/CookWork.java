package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One cook's work behind one line it printed (a greeting): when the cook began it and when it printed, on the one
 * clock of the run. The start is the best evidence there is, in this order: the dish the kit's pool gave the cook,
 * the cook's previous line, the thread's first sighting, the process's start; a sleep through the kit
 * ({@code Tick.sleep}) that began earlier moves it back. Whether cooks worked at the same time is then a fact about
 * how these intervals overlap, however late the kitchen started.
 *
 * @param line the line the work ended in
 * @param pid the process that did the work, as far as the kit can tell ({@link PrintedLine#UNKNOWN} if not)
 * @param startNanos when the cook began, in epoch nanoseconds
 * @param basis what the start was read from
 * @param sleptNanos how long the cook asked the kit to sleep during the work; 0 when it never did
 */
public record CookWork(PrintedLine line, long pid, long startNanos, Basis basis, long sleptNanos) {
    // A process using less of a core than this between two samples is asleep (a JVM at rest uses about nothing).
    private static final double IDLE_PERCENT = 5;
    // Below this many idle cores between two samples the machine had none to give a process that wanted one.
    private static final double SPARE_CORES = 0.25;

    /**
     * What a cook's start was read from, most precise first: the kit's dish, the cook's previous line, its thread's
     * first sighting, the moment its process went idle after starting (as {@code ps} would see a JVM that finished
     * starting and fell asleep), its process's start, or {@code main}'s start.
     */
    public enum Basis {
        DISH(Duration.ZERO), PREVIOUS_LINE(Duration.ZERO),
        // A thread is first seen up to one look of the kitchen's watcher (a twentieth of a second) late.
        THREAD(Duration.ofMillis(60)),
        // Read from samples a tenth of a second apart, later on a busy machine.
        PROCESS_IDLE(Duration.ofMillis(250)),
        // A JVM starts before its work and no part of it is work: on a busy machine that can take this long.
        PROCESS(Duration.ofMillis(1500)),
        MAIN(Duration.ZERO);

        private final Duration uncertainty;

        Basis(Duration uncertainty) {
            this.uncertainty = uncertainty;
        }

        /** How far the true start may be from the one read. */
        public Duration uncertainty() {
            return uncertainty;
        }
    }

    /** When the cook printed, in epoch nanoseconds. */
    public long endNanos() {
        return line.epochNanos();
    }

    /** From start to line. */
    public Duration duration() {
        return Duration.ofNanos(endNanos() - startNanos);
    }

    /** Whether the cook slept through the kit during this work. */
    public boolean sleptThroughTheKit() {
        return sleptNanos > 0;
    }

    /** The work behind each of these lines. */
    public static List<CookWork> of(Observation run, List<PrintedLine> lines) {
        List<CookWork> work = new ArrayList<>();
        Set<Long> processesTaken = new HashSet<>();
        for (PrintedLine line : lines) {
            work.add(line.writerKnown() ? byKnownThread(run, line, lines) : byProcess(run, line, processesTaken));
        }
        return work;
    }

    /** The most of these cooks at work at one moment, each interval trimmed by {@code margin} at both ends. */
    public static int mostAtOnce(List<CookWork> work, Duration margin) {
        List<long[]> changes = new ArrayList<>();
        for (CookWork w : work) {
            long from = w.startNanos() + margin.toNanos();
            long to = w.endNanos() - margin.toNanos();
            if (from < to) {
                changes.add(new long[] {from, 1});
                changes.add(new long[] {to, -1});
            }
        }
        changes.sort(Comparator.<long[]>comparingLong(c -> c[0]).thenComparingLong(c -> c[1]));
        int now = 0;
        int most = work.isEmpty() ? 0 : 1;
        for (long[] change : changes) {
            now += (int) change[1];
            most = Math.max(most, now);
        }
        return most;
    }

    /** How far any of these starts may be from the true one, at most. */
    public static Duration uncertainty(List<CookWork> work) {
        return work.stream().map(w -> w.basis().uncertainty()).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** From the first cook's start to the last cook's line. */
    public static Duration span(List<CookWork> work) {
        long first = work.stream().mapToLong(CookWork::startNanos).min().orElse(0);
        long last = work.stream().mapToLong(CookWork::endNanos).max().orElse(0);
        return Duration.ofNanos(last - first);
    }

    private static CookWork byKnownThread(Observation run, PrintedLine line, List<PrintedLine> lines) {
        long at = line.epochNanos();
        Optional<Long> dish = latestOnThread(run.events(Fact.DishStarted.class), line, at);
        Optional<Long> previous = lines.stream().filter(l -> l.pid() == line.pid() && l.threadId() == line.threadId()
                && l.epochNanos() < at).map(PrintedLine::epochNanos).max(Long::compare);
        // The sleeps that belong to this work: since the cook's dish or previous line, else all the thread's sleeps
        // before the line (never cut at the thread's first sighting, which a busy machine may delay).
        long since = Math.max(dish.orElse(Long.MIN_VALUE), previous.orElse(Long.MIN_VALUE));
        long slept = 0;
        long earliestSleep = Long.MAX_VALUE;
        for (Event<Fact.Slept> sleep : run.events(Fact.Slept.class)) {
            if (line.sameThreadAs(sleep) && sleep.epochNanos() > since && sleep.epochNanos() <= at) {
                slept += sleep.fact().requestedNanos();
                earliestSleep = Math.min(earliestSleep, sleep.fact().startEpochNanos());
            }
        }
        long start;
        Basis basis;
        if (dish.isPresent() && (previous.isEmpty() || dish.get() >= previous.get())) {
            start = dish.get();
            basis = Basis.DISH;
        } else if (previous.isPresent()) {
            start = previous.get();
            basis = Basis.PREVIOUS_LINE;
        } else {
            Optional<Long> seen = latestOnThread(run.events(Fact.ThreadSeen.class), line, at);
            if (seen.isPresent() || earliestSleep != Long.MAX_VALUE) {
                start = seen.orElse(Long.MAX_VALUE);
                basis = Basis.THREAD;
            } else if (line.pid() != run.kitchenPid()) {
                start = processStart(run, line.pid()).orElse(at);
                basis = Basis.PROCESS;
            } else {
                start = run.mainStart().map(Event::epochNanos).orElse(at);
                basis = Basis.MAIN;
            }
        }
        return new CookWork(line, line.pid(), Math.min(start, earliestSleep), basis, slept);
    }

    /**
     * A line no tap saw, from a process under the kitchen: the earliest one alive then that has no line yet. Its
     * work began when it went idle after starting (a JVM burns a core while it starts, then sleeps), as the observer
     * saw it from outside; when it never looked idle, at its start.
     */
    private static CookWork byProcess(Observation run, PrintedLine line, Set<Long> taken) {
        long atMillis = line.epochNanos() / 1_000_000;
        Optional<ProcessRecord> writer = line.pid() != PrintedLine.UNKNOWN
                ? run.tree().descendants().stream().filter(p -> p.pid() == line.pid()).findFirst()
                : run.tree().descendants().stream()
                        .filter(p -> p.startMillis() <= atMillis && !taken.contains(p.pid()))
                        .min(Comparator.comparingLong(ProcessRecord::startMillis));
        if (writer.isPresent()) {
            taken.add(writer.get().pid());
            Optional<Long> idle = wentIdle(run.tree(), writer.get()).filter(t -> t <= line.epochNanos());
            long pid = writer.get().pid();
            return idle.isPresent() ? new CookWork(line, pid, idle.get(), Basis.PROCESS_IDLE, 0)
                    : new CookWork(line, pid, writer.get().startMillis() * 1_000_000, Basis.PROCESS, 0);
        }
        return new CookWork(line, line.pid(), run.mainStart().map(Event::epochNanos).orElse(line.epochNanos()),
                Basis.MAIN, 0);
    }

    /**
     * Halfway between the last sample that saw the process busy and the first that saw it idle, if any did; and not
     * if the machine had no core to spare in that interval: a JVM still starting looks the same when every core is
     * taken (it waits for one), and taking that for rest would count the rest of its start as its work.
     */
    private static Optional<Long> wentIdle(ProcessTree tree, ProcessRecord process) {
        List<ProcessSample> samples = process.samples();
        for (int i = 1; i < samples.size(); i++) {
            ProcessSample sample = samples.get(i);
            if (sample.cpuPercent() < IDLE_PERCENT) {
                OptionalDouble spare = tree.idleCoresBefore(sample.epochMillis());
                if (spare.isPresent() && spare.getAsDouble() < SPARE_CORES) {
                    return Optional.empty();
                }
                long millis = (samples.get(i - 1).epochMillis() + sample.epochMillis()) / 2;
                return Optional.of(millis * 1_000_000);
            }
        }
        return Optional.empty();
    }

    private static <F extends Fact> Optional<Long> latestOnThread(List<Event<F>> events, PrintedLine line, long at) {
        return events.stream().filter(line::sameThreadAs).map(Event::epochNanos).filter(t -> t <= at)
                .max(Long::compare);
    }

    private static Optional<Long> processStart(Observation run, long pid) {
        Optional<Long> hello = run.events(Fact.Hello.class).stream().filter(e -> e.pid() == pid)
                .map(Event::epochNanos).findFirst();
        return hello.isPresent() ? hello : run.tree().descendants().stream().filter(p -> p.pid() == pid)
                .map(p -> p.startMillis() * 1_000_000).findFirst();
    }
}
