package dev.kitchenlab.catalogue.lab07;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.CookThread;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.judging.Statistics;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.JvmOptions;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lab 07, the talk's memory comparison: a dummy recipe mapped over {@code [XS, XS, XS]}, a list of a million ints,
 * by a thread pool of three and by a process pool of three. The kit reads the memory of the kitchen's whole tree in
 * each mode and checks what made the difference: three threads handed the one {@code XS}, three cook processes each
 * holding a copy of its own.
 */
public final class MemoryLab {
    /** The talk's pantry: a list of this many ints. */
    static final int PANTRY = 1_000_000;
    /** The cooks of each mode, one per copy of the pantry. */
    static final int COOKS = 3;
    /** The talk's claim, as a floor: the process pool's tree takes at least this many times the thread pool's. */
    static final double RATIO = 2;
    /** Below this the claim plainly failed; between it and {@link #RATIO} the kit cannot tell. */
    private static final double CLEARLY_BELOW = 1.5;
    private static final String STOCKED = "XS holds the talk's 1,000,000 ints";
    private static final String SHARED = "thread mode: 3 cooks share one XS";
    private static final String COPIED = "process mode: 3 cooks, each with its own copy";
    private static final String COSTS = "processes take at least twice the memory";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("07", "memory")
            .title("what a kitchen costs to keep")
            .claim("three threads share one list in one kitchen; three processes each keep a copy in a kitchen of "
                    + "their own, and the tree's memory shows it")
            .mainClass("Pantry")
            .driver(Driver.MODES)
            // Each cook process holds its own copy of XS and may build another when it loads the lab's class.
            .jvmOptions(new JvmOptions(JvmOptions.DEFAULT.kitchen(), Stream.concat(
                    JvmOptions.DEFAULT.cooks().stream().filter(o -> !o.startsWith("-Xmx")), Stream.of("-Xmx256m"))
                    .toList()))
            .timeoutTicks(30)
            // The reference's process mode, kitchen and 3 cooks, held 660-675 MB in 3 runs (JDK 17, 2 CPUs, 2026-11-29).
            .treeMemoryMb(680)
            .hints("Threads are cooks in one kitchen: they can all read the same XS. Processes are kitchens of their "
                            + "own: each cook process gets a copy of what it is handed.",
                    "dummy holds its list for one tick (Tick.sleep()), as the talk's sleep; each mode maps dummy over "
                            + "List.of(XS, XS, XS) with a pool of 3.",
                    "try (ThreadPool pool = new ThreadPool(3)) { pool.map(Pantry::dummy, List.of(XS, XS, XS)); } "
                            + "and the same with new ProcessPool(3).")
            .expect(Expectation.of(STOCKED, MemoryLab::stocked,
                    "keep the skeleton's XS: IntStream.range(0, 1_000_000).boxed().toList()"))
            .expect(Expectation.of(SHARED, MemoryLab::shared,
                    "threadMode: a ThreadPool of 3 maps dummy over List.of(XS, XS, XS), and dummy holds its list for a "
                            + "tick (Tick.sleep())").after(STOCKED))
            .expect(Expectation.of(COPIED, MemoryLab::copied,
                    "processMode: a ProcessPool of 3 maps dummy over List.of(XS, XS, XS)").after(STOCKED))
            .expect(Expectation.of(COSTS, MemoryLab::costs,
                    "both modes must hold XS while the kit looks: dummy sleeps a tick").after(SHARED, COPIED))
            .notes(MemoryLab::notes)
            .build();

    private MemoryLab() {
    }

    private static Optional<Fact.PantrySeen> pantry(Observation run) {
        return run.kitchenEvents(Fact.PantrySeen.class).stream().map(Event::fact).findFirst();
    }

    private static Optional<Fact.ModeRan> mode(Observation run, Fact.CookKind kind) {
        return run.kitchenEvents(Fact.ModeRan.class).stream().map(Event::fact).filter(m -> m.kind() == kind)
                .findFirst();
    }

    private static String name(Fact.CookKind kind) {
        return kind == Fact.CookKind.THREAD ? "threadMode" : "processMode";
    }

    private static Finding stocked(Observation run) {
        Optional<Fact.PantrySeen> pantry = pantry(run);
        if (pantry.isEmpty()) {
            return Finding.fail("the kit never saw XS: the kitchen ended before it could look");
        }
        if (pantry.get().size() != PANTRY) {
            return Finding.fail("XS is " + pantry.get().description() + ": the talk's list holds 1,000,000 ints");
        }
        return Finding.pass("XS is " + pantry.get().description());
    }

    /** Thread mode: no process, three cooks at once, each handed XS itself. */
    private static Finding shared(Observation run) {
        Optional<Fact.ModeRan> mode = mode(run, Fact.CookKind.THREAD);
        if (mode.isEmpty()) {
            return Finding.fail("threadMode never came back");
        }
        long start = mode.get().startEpochNanos();
        long end = mode.get().endEpochNanos();
        int processes = processesDuring(run, start, end);
        if (processes > 0) {
            return Finding.fail("threadMode started " + processes + " process(es): in thread mode every cook is a "
                    + "thread of the kitchen, so use a ThreadPool");
        }
        List<DishSpan> dishes = DishSpan.between(run, start, end);
        if (dishes.isEmpty()) {
            int atOnce = threadsAtOnce(run, start, end);
            if (atOnce < COOKS) {
                return Finding.fail("threadMode had " + atOnce + " cook thread(s) at once: map dummy over three "
                        + "copies of the pantry with three cooks");
            }
            return Finding.pass(atOnce + " cook threads at once (not the kit's ThreadPool, so the kit could not see "
                    + "what each was handed)");
        }
        int xs = pantry(run).map(Fact.PantrySeen::identity).orElse(0);
        long copies = dishes.stream().filter(d -> d.itemIdentity() != xs).map(DishSpan::itemIdentity).distinct()
                .count();
        if (copies > 0) {
            return Finding.fail("the threads copied the pantry: the cooks were handed " + copies + " list(s) other "
                            + "than XS (" + items(dishes) + "); threads share the kitchen's memory, so hand every cook "
                            + "XS itself",
                    "map dummy over List.of(XS, XS, XS), not over copies of it");
        }
        if (dishes.size() < COOKS) {
            return Finding.fail("threadMode handed out " + dishes.size() + " dish(es): map dummy over "
                    + "List.of(XS, XS, XS), one copy per cook");
        }
        // A dish held for a tick, not one whose cook was merely descheduled on a busy machine while it held it.
        long held = run.tick().toNanos() / 2;
        double[] ticks = dishes.stream().mapToDouble(d -> run.inTicks(Duration.ofNanos(d.endNanos() - d.startNanos())))
                .toArray();
        if (Statistics.median(ticks) < 0.5) {
            return Finding.fail(String.format("dummy let go of XS after %.2f ticks: hold it for a tick "
                    + "(Tick.sleep()), as the talk's sleep, so that all three cooks hold it at once",
                    Statistics.median(ticks)));
        }
        int atOnce = DishSpan.mostAtOnce(dishes.stream().filter(d -> d.endNanos() - d.startNanos() >= held).toList());
        if (atOnce < COOKS) {
            return Finding.fail("at most " + atOnce + " cook(s) held XS at the same time: with a pool of 3, each "
                    + "dummy holds its list for a tick (Tick.sleep()), so all three hold it at once");
        }
        return Finding.pass(dishes.size() + " cook threads held XS at once, the very same list");
    }

    /** Process mode: the cooks are processes, each with a copy of its own. */
    private static Finding copied(Observation run) {
        Optional<Fact.ModeRan> mode = mode(run, Fact.CookKind.PROCESS);
        if (mode.isEmpty()) {
            return Finding.fail("processMode never came back");
        }
        long start = mode.get().startEpochNanos();
        long end = mode.get().endEpochNanos();
        List<DishSpan> dishes = DishSpan.between(run, start, end);
        List<DishSpan> inKitchen = dishes.stream().filter(d -> d.pid() == run.kitchenPid()).toList();
        if (!inKitchen.isEmpty()) {
            return Finding.fail("processMode cooked " + inKitchen.size() + " dish(es) on threads of the kitchen, "
                    + "which share its XS: use a ProcessPool of 3, whose cooks are processes");
        }
        long cooks = dishes.stream().map(DishSpan::pid).distinct().count();
        if (dishes.isEmpty()) {
            int processes = processesDuring(run, start, end);
            if (processes < COOKS) {
                return Finding.fail("processMode ran " + processes + " process(es) at once: use a ProcessPool of 3");
            }
            return Finding.pass(processes + " processes at once, each a kitchen with memory of its own (not the kit's "
                    + "ProcessPool, so the kit could not see what each was handed)");
        }
        if (cooks < COOKS) {
            return Finding.fail("processMode's dishes were cooked by " + cooks + " cook process(es): use a "
                    + "ProcessPool of 3, one cook per copy");
        }
        List<Event<Fact.OrderUnpacked>> unpacked = run.events(Fact.OrderUnpacked.class).stream()
                .filter(e -> e.epochNanos() >= start && e.epochNanos() <= end).toList();
        if (unpacked.stream().allMatch(e -> e.fact().item().endsWith(" of " + PANTRY + " items"))) {
            return Finding.pass(cooks + " cook processes each unpacked a copy of XS of their own");
        }
        return Finding.pass(cooks + " cook processes, handed " + items(dishes) + " rather than XS: each still holds "
                + "its own copy, built in its own memory");
    }

    /** The largest round of the tree in each mode, against each other. */
    private static Finding costs(Observation run) {
        Optional<ProcessTree.Round> threads = largest(run, Fact.CookKind.THREAD);
        Optional<ProcessTree.Round> processes = largest(run, Fact.CookKind.PROCESS);
        if (threads.isEmpty() || processes.isEmpty()) {
            return Finding.inconclusive("the kit saw no memory of the tree in "
                    + (threads.isEmpty() ? "thread" : "process") + " mode: it sampled too seldom on this busy machine");
        }
        double ratio = (double) processes.get().totalRss() / threads.get().totalRss();
        String figures = String.format("thread mode %s, process mode %s (%s): %.1f×",
                megabytes(threads.get().totalRss()), megabytes(processes.get().totalRss()),
                breakdown(run, processes.get()), ratio);
        if (ratio >= RATIO) {
            return Finding.pass(figures);
        }
        if (ratio < CLEARLY_BELOW) {
            return Finding.fail(figures + String.format(", and the talk's claim needs %.0f× at least", RATIO));
        }
        return Finding.inconclusive(figures + ", too close to the talk's " + RATIO + "× to tell: run it again");
    }

    private static Optional<ProcessTree.Round> largest(Observation run, Fact.CookKind kind) {
        return mode(run, kind).flatMap(m -> run.tree().largestRound(m.startEpochNanos() / 1_000_000,
                m.endEpochNanos() / 1_000_000));
    }

    /** The processes below the kitchen in the fullest round of sampling between two instants. */
    private static int processesDuring(Observation run, long startNanos, long endNanos) {
        ProcessTree tree = run.tree();
        long from = startNanos / 1_000_000;
        long to = endNanos / 1_000_000;
        int most = 0;
        for (var record : tree.descendants()) {
            for (ProcessSample sample : record.samples()) {
                if (sample.epochMillis() >= from && sample.epochMillis() <= to) {
                    most = Math.max(most, (int) tree.descendants().stream()
                            .filter(r -> r.samples().stream().anyMatch(s -> s.epochMillis() == sample.epochMillis()))
                            .count());
                }
            }
        }
        return most;
    }

    /** The most of the program's threads alive at one moment between two instants. */
    private static int threadsAtOnce(Observation run, long startNanos, long endNanos) {
        List<CookThread> cooks = run.cookThreads().stream()
                .filter(c -> c.firstSeenNanos() <= endNanos && c.lastSeenNanos() >= startNanos).toList();
        int most = 0;
        for (CookThread cook : cooks) {
            long at = Math.max(cook.firstSeenNanos(), startNanos);
            most = Math.max(most, (int) cooks.stream()
                    .filter(c -> c.firstSeenNanos() <= at && c.lastSeenNanos() > at).count());
        }
        return most;
    }

    private static String items(List<DishSpan> dishes) {
        return dishes.stream().map(DishSpan::item).distinct().collect(Collectors.joining(", "));
    }

    private static String megabytes(long bytes) {
        return String.format("%.0f MB", bytes / 1e6);
    }

    /** {@code kitchen 232 MB + cooks 190, 193, 172 MB}. */
    private static String breakdown(Observation run, ProcessTree.Round round) {
        List<String> cooks = new ArrayList<>();
        long kitchen = 0;
        for (ProcessSample sample : round.samples()) {
            if (sample.pid() == run.kitchenPid()) {
                kitchen = sample.rss();
            } else {
                cooks.add(String.format("%.0f", sample.rss() / 1e6));
            }
        }
        return "kitchen " + megabytes(kitchen)
                + (cooks.isEmpty() ? "" : " + cooks " + String.join(", ", cooks) + " MB");
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        Optional<ProcessTree.Round> threads = largest(run, Fact.CookKind.THREAD);
        Optional<ProcessTree.Round> processes = largest(run, Fact.CookKind.PROCESS);
        threads.ifPresent(r -> notes.add("thread mode " + megabytes(r.totalRss())));
        processes.ifPresent(r -> notes.add("process mode " + megabytes(r.totalRss())));
        if (threads.isPresent() && processes.isPresent()) {
            notes.add(String.format("%.1f×", (double) processes.get().totalRss() / threads.get().totalRss()));
        }
        List<Fact.OrderPacked> packed = run.kitchenEvents(Fact.OrderPacked.class).stream().map(Event::fact).toList();
        List<Fact.OrderUnpacked> unpacked = run.events(Fact.OrderUnpacked.class).stream().map(Event::fact).toList();
        if (!packed.isEmpty() && !unpacked.isEmpty()) {
            double bytes = Statistics.median(packed.stream().mapToDouble(Fact.OrderPacked::bytes).toArray());
            notes.add(String.format("a copy is %s, packed once in %.0f ms, unpacked by each cook in %.0f ms",
                    bytes >= 1e6 ? String.format("%.1f MB", bytes / 1e6) : String.format("%.0f kB", bytes / 1e3),
                    Statistics.median(packed.stream().mapToDouble(p -> p.nanos() / 1e6).toArray()),
                    Statistics.median(unpacked.stream().mapToDouble(u -> u.nanos() / 1e6).toArray())));
        }
        return notes;
    }
}
