package dev.kitchenlab.judging;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.evidence.ProcessRecord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One cook's work behind one line it printed (a greeting): when the cook began it and when it printed, on the one
 * clock of the run. The start is the best evidence there is, in this order: the dish the kit's pool gave the cook,
 * the cook's previous line, the thread's first sighting, the process's start; a sleep through the kit
 * ({@code Tick.sleep}) that began earlier moves it back. Whether cooks worked at the same time is then a fact about
 * how these intervals overlap, however late the kitchen started.
 *
 * @param line the line the work ended in
 * @param startNanos when the cook began, in epoch nanoseconds
 * @param basis what the start was read from
 * @param sleptNanos how long the cook asked the kit to sleep during the work; 0 when it never did
 */
public record CookWork(PrintedLine line, long startNanos, Basis basis, long sleptNanos) {

    /** What a cook's start was read from, most precise first. */
    public enum Basis { DISH, PREVIOUS_LINE, THREAD, PROCESS, MAIN }

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
            if (seen.isPresent()) {
                start = seen.get();
                basis = Basis.THREAD;
            } else if (line.pid() != run.kitchenPid()) {
                start = processStart(run, line.pid()).orElse(at);
                basis = Basis.PROCESS;
            } else {
                start = run.mainStart().map(Event::epochNanos).orElse(at);
                basis = Basis.MAIN;
            }
        }
        long slept = 0;
        long earliestSleep = start;
        for (Event<Fact.Slept> sleep : run.events(Fact.Slept.class)) {
            if (line.sameThreadAs(sleep) && sleep.epochNanos() > start && sleep.epochNanos() <= at) {
                slept += sleep.fact().requestedNanos();
                earliestSleep = Math.min(earliestSleep, sleep.fact().startEpochNanos());
            }
        }
        return new CookWork(line, earliestSleep, basis, slept);
    }

    /** A line no tap saw, from a process under the kitchen: the earliest one alive then that has no line yet. */
    private static CookWork byProcess(Observation run, PrintedLine line, Set<Long> taken) {
        long atMillis = line.epochNanos() / 1_000_000;
        Optional<ProcessRecord> writer = line.pid() != PrintedLine.UNKNOWN
                ? run.tree().descendants().stream().filter(p -> p.pid() == line.pid()).findFirst()
                : run.tree().descendants().stream()
                        .filter(p -> p.startMillis() <= atMillis && !taken.contains(p.pid()))
                        .min(Comparator.comparingLong(ProcessRecord::startMillis));
        if (writer.isPresent()) {
            taken.add(writer.get().pid());
            return new CookWork(line, writer.get().startMillis() * 1_000_000, Basis.PROCESS, 0);
        }
        return new CookWork(line, run.mainStart().map(Event::epochNanos).orElse(line.epochNanos()), Basis.MAIN, 0);
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
