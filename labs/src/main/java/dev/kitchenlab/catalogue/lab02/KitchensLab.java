package dev.kitchenlab.catalogue.lab02;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.judging.CookWork;
import dev.kitchenlab.judging.Greetings;
import dev.kitchenlab.judging.OneTickEach;
import dev.kitchenlab.judging.TimingRule;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lab 02, the talk's {@code Pool().map(say_hello, NAMES)}: cook processes, one per CPU, each a kitchen of its own,
 * greet side by side, so the meal takes ceil(4 / workers) ticks instead of 4.
 */
public final class KitchensLab {
    private static final int DISHES = Greetings.NAMES.size();
    // The kitchen hands a cook process its next dish over a pipe: a few milliseconds a round, more on a busy machine.
    private static final Duration HANDOVER = Duration.ofMillis(20);
    private static final String NO_COOK_DIED = "no cook process died";
    private static final String BY_COOK_PROCESSES = "greeted by cook processes, not by the kitchen";
    private static final String BY_THIS_KITCHENS_COOKS = "greeted by this kitchen's own cooks";
    private static final String SIDE_BY_SIDE = "kitchens side by side";
    private static final String WHOLE_POOL = "the whole pool at once";
    private static final String ROUNDS = "ceil(4 / workers) ticks";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("02", "kitchens")
            .title("4 greetings from cook processes")
            .claim("Pool().map(say_hello, NAMES): 4 greetings, in any order, in ceil(4 / workers) ticks, from worker "
                    + "processes that are children of the kitchen")
            .mainClass("ManyKitchens")
            .timeoutTicks(10)
            .hints("A process is a kitchen of its own: each cook process sleeps its tick in its own JVM, side by side "
                            + "with the others, so 4 greetings by 2 kitchens take 2 ticks.",
                    "sayHello sleeps one tick with Tick.sleep(), then prints \"Hi \" + name + \"!\"; main opens a "
                            + "ProcessPool (one cook process per CPU) and maps sayHello over NAMES.",
                    "try (ProcessPool pool = new ProcessPool()) { pool.map(ManyKitchens::sayHello, NAMES); }")
            .expect(Greetings.printed(KitchensLab::greetings))
            .expect(Greetings.eachNameOnce(KitchensLab::greetings))
            .expect(Expectation.of(NO_COOK_DIED, KitchensLab::noCookDied,
                    "look for Runtime.halt or System.exit in the recipe; a crashed kitchen takes only its own dish down"))
            .expect(Expectation.of(BY_COOK_PROCESSES, KitchensLab::greetedByCookProcesses,
                    "let each cook process print its own greeting: new ProcessPool(), then pool.map(ManyKitchens::sayHello, "
                            + "NAMES) (or children of your own that share the kitchen's output: ProcessBuilder.inheritIO())")
                    .after(Greetings.PRINTED))
            .expect(Expectation.of(BY_THIS_KITCHENS_COOKS, KitchensLab::greetedByThisKitchensCooks,
                    "use the kit's ProcessPool, whose cooks are children of the kitchen").after(BY_COOK_PROCESSES))
            .expect(OneTickEach.after(BY_THIS_KITCHENS_COOKS, KitchensLab::work))
            .expect(Expectation.of(SIDE_BY_SIDE, KitchensLab::sideBySide,
                    "let the pool have one cook per CPU: new ProcessPool()").after(BY_THIS_KITCHENS_COOKS))
            .expect(Expectation.of(WHOLE_POOL, KitchensLab::wholePoolAtOnce,
                    "open the pool once and hand it all names in one map call").after(SIDE_BY_SIDE))
            .expect(Expectation.of(ROUNDS, KitchensLab::roundsOfTicks,
                    "hand all names to the pool in one map call, so its cooks work side by side").after(WHOLE_POOL))
            .notes(KitchensLab::notes)
            .onCpus(KitchensLab::onCpus)
            .build();

    private KitchensLab() {
    }

    /** What {@code new ProcessPool()}, one cook process per CPU, makes of this lab on a machine with {@code cpus}. */
    private static String onCpus(int cpus) {
        int rounds = (DISHES + cpus - 1) / cpus;
        if (cpus < 2) {
            return String.format("1 CPU: lab 02 expects %d ticks, not 2: new ProcessPool() opens one cook process, so "
                    + "no two kitchens cook side by side, which the lab judges; give this machine 2 CPUs or more",
                    rounds);
        }
        return String.format("%d CPUs: lab 02's new ProcessPool() opens %d cook processes, so its %d greetings take "
                + "%d tick%s (ceil(%d / %d))", cpus, cpus, DISHES, rounds, rounds == 1 ? "" : "s", DISHES, cpus);
    }

    private static Greetings greetings(Observation run) {
        return Greetings.in(run.printed(Fact.Stream.OUT));
    }

    private static List<CookWork> work(Observation run) {
        return CookWork.of(run, greetings(run).lines());
    }

    private static Finding noCookDied(Observation run) {
        List<Fact.CookProcessDied> deaths = run.kitchenEvents(Fact.CookProcessDied.class).stream()
                .map(Event::fact).toList();
        if (deaths.isEmpty()) {
            return Finding.pass("every cook process went home");
        }
        return Finding.of(Verdict.CRASH,
                deaths.stream().map(Fact.CookProcessDied::describe).collect(Collectors.joining("; ")));
    }

    private static Finding greetedByCookProcesses(Observation run) {
        List<PrintedLine> byKitchen = greetings(run).lines().stream().filter(l -> l.pid() == run.kitchenPid())
                .toList();
        if (byKitchen.isEmpty()) {
            return Finding.pass("no greeting was printed by the kitchen itself");
        }
        Set<Long> cookPids = run.cookProcessPids();
        String cooksSaid = cookPids.isEmpty() ? "no cook process was seen"
                : cookPids.size() + " cook process(es) were started, but the kitchen printed";
        return Finding.fail(byKitchen.size() + " greeting(s) were printed by the kitchen (pid " + run.kitchenPid()
                + "), not by a cook process: " + cooksSaid);
    }

    /**
     * A greeting whose process the kit can name must come from a process under this kitchen; one it cannot name
     * came from a process under the kitchen, straight to the output it inherited (a plain ProcessBuilder child).
     */
    private static Finding greetedByThisKitchensCooks(Observation run) {
        Set<Long> ours = new HashSet<>(run.cookProcessPids());
        run.tree().descendants().forEach(p -> ours.add(p.pid()));
        List<PrintedLine> byStrangers = greetings(run).lines().stream()
                .filter(l -> l.pid() != PrintedLine.UNKNOWN && !ours.contains(l.pid())).toList();
        if (!byStrangers.isEmpty()) {
            return Finding.fail(byStrangers.size() + " greeting(s) came from a process that is not a cook of this "
                    + "kitchen (pid " + byStrangers.stream().map(e -> String.valueOf(e.pid())).distinct()
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (ours.isEmpty()) {
            return Finding.fail("the greetings came from no process the kit saw under the kitchen");
        }
        List<Long> named = greetings(run).lines().stream().map(PrintedLine::pid).filter(pid -> pid != PrintedLine.UNKNOWN)
                .distinct().sorted().toList();
        long unnamed = greetings(run).lines().stream().filter(l -> l.pid() == PrintedLine.UNKNOWN).count();
        return Finding.pass("the greetings came from processes under the kitchen"
                + (named.isEmpty() ? "" : ", pid " + named.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                + (unnamed == 0 ? "" : " (" + unnamed + " written straight to the kitchen's output)"));
    }

    private static Finding sideBySide(Observation run) {
        int workers = workers(run);
        List<CookWork> work = work(run);
        int together = CookWork.mostAtOnce(work, run.tick().dividedBy(20));
        if (workers < 2 || together < 2) {
            return Finding.fail(String.format("your kitchens took turns: %.1f ticks, with %d cook process(es) in the "
                            + "pool and at most %d cooking at once; a pool of one is no faster than one kitchen (this "
                            + "machine has %d CPUs)", run.inTicks(CookWork.span(work)), workers, together,
                    run.calibration().cpus()));
        }
        return Finding.pass(together + " cook processes cooking at once");
    }

    private static Finding wholePoolAtOnce(Observation run) {
        int workers = workers(run);
        int together = run.tree().peakConcurrentDescendants();
        if (together < workers) {
            return Finding.fail(String.format("only %d of the pool's %d cook processes were seen at once: the "
                    + "others started late or ended early", together, workers));
        }
        return Finding.pass("all " + workers + " cook processes of the pool at once");
    }

    /**
     * Judged from the first cook's start to the last greeting, so the cooks' JVM start is never blamed on the
     * student, allowing for how late the machine ran while the lab ran and for how far apart the cooks were ready
     * to cook in this very run.
     */
    private static Finding roundsOfTicks(Observation run) {
        List<CookWork> work = work(run);
        int workers = workers(run);
        int rounds = (DISHES + workers - 1) / workers;
        double ticks = run.inTicks(CookWork.span(work));
        Duration late = run.lateness(work.stream().mapToLong(CookWork::startNanos).min().orElse(0),
                work.stream().mapToLong(CookWork::endNanos).max().orElse(0));
        Duration readyApart = readyApart(work);
        double slack = run.inTicks(late.plus(HANDOVER).multipliedBy(rounds).plus(readyApart)
                .plus(CookWork.uncertainty(work)));
        // Judged against one kitchen alone (4 ticks), as the talk does; that the cooks overlapped is judged before.
        TimingRule rule = new TimingRule(rounds, DISHES, slack);
        String expected = String.format("expected about %d (ceil(%d / %d workers)); one kitchen alone takes %d",
                rounds, DISHES, workers, DISHES);
        return switch (rule.judge(ticks)) {
            case RIGHT -> Finding.pass(String.format("%.2f ticks from the first cook's start to the last greeting",
                    ticks));
            case WRONG -> Finding.fail(String.format("your kitchens took turns: %.1f ticks, %s", ticks, expected));
            case TOO_CLOSE_TO_CALL -> Finding.inconclusive(String.format("%.2f ticks: %s; too close to call (a right "
                    + "run takes at most %.2f here)", ticks, expected, rule.passLine()));
            case TOO_NOISY -> Finding.inconclusive(String.format("%.2f ticks, but the machine was busy: a sleep woke "
                    + "%d ms late and the cooks were ready %d ms apart while the lab ran, and when they began is "
                    + "known to %d ms, too little to tell %d rounds from %d", ticks, late.toMillis(),
                    readyApart.toMillis(), CookWork.uncertainty(work).toMillis(), rounds, DISHES));
        };
    }

    /** How far apart the cook processes began their first work in this run: what starting them cost, unevenly. */
    private static Duration readyApart(List<CookWork> work) {
        Map<Long, Long> firstStart = new HashMap<>();
        work.stream().filter(w -> w.pid() != PrintedLine.UNKNOWN)
                .forEach(w -> firstStart.merge(w.pid(), w.startNanos(), Math::min));
        if (firstStart.size() < 2) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(firstStart.values().stream().mapToLong(Long::longValue).max().orElse(0)
                - firstStart.values().stream().mapToLong(Long::longValue).min().orElse(0));
    }

    /** The kit's process pool, or else the most processes the kitchen had at once (a plain ProcessBuilder). */
    private static int workers(Observation run) {
        int pool = run.largestPool(Fact.PoolKind.PROCESS);
        return Math.max(1, pool > 0 ? pool : run.tree().peakConcurrentDescendants());
    }

    private static List<String> notes(Observation run) {
        List<CookWork> work = work(run);
        List<String> notes = new ArrayList<>();
        notes.add(String.format("sequential %.1f s", DISHES * run.tick().toNanos() / 1e9));
        notes.add(run.tree().peakConcurrentDescendants() + " at once");
        if (!work.isEmpty()) {
            notes.add(String.format("cooks %.2f ticks", run.inTicks(CookWork.span(work))));
        }
        return notes;
    }
}
