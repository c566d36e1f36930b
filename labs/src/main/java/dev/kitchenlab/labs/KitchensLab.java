package dev.kitchenlab.labs;

import dev.kitchenlab.engine.Observation;
import dev.kitchenlab.engine.observe.ProcessRecord;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventType;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lab 02, the talk's {@code Pool().map(say_hello, NAMES)}: cook processes, one per CPU, each a kitchen of its own,
 * greet side by side, so the meal takes ceil(4 / workers) ticks instead of 4.
 */
final class KitchensLab implements Judge {
    /** The catalogue entry. */
    static final Lab LAB = new Lab("02", "kitchens", "4 greetings from cook processes", "ManyKitchens",
            "Pool().map(say_hello, NAMES): 4 greetings, in any order, in ceil(4 / workers) ticks, from worker "
                    + "processes that are children of the kitchen",
            JvmOptions.DEFAULT, 10, 17, new KitchensLab());

    private static final int DISHES = Greetings.NAMES.size();

    @Override
    public List<Finding> judge(Observation run) {
        List<Event> lines = run.events(EventType.LINE_OUT);
        Greetings greetings = Greetings.in(lines);
        List<Finding> findings = new ArrayList<>();
        findings.add(greetings.judgeEachNameOnce());
        reportCrashedCooks(run, findings);
        if (greetings.lines().isEmpty()) {
            return findings;
        }
        Finding writers = judgeWriters(run, greetings);
        findings.add(writers);
        if (!writers.verdict().failsTheCheck()) {
            findings.add(judgeKitchensSideBySide(run, greetings));
        }
        return findings;
    }

    private static void reportCrashedCooks(Observation run, List<Finding> findings) {
        for (Event crash : run.kitchenEvents(EventType.COOK_CRASHED)) {
            findings.add(new Finding(Verdict.CRASH, crash.text(),
                    "look for Runtime.halt or System.exit in the recipe; a crashed kitchen takes only its own dish down"));
        }
    }

    private static Finding judgeWriters(Observation run, Greetings greetings) {
        Set<Long> cookPids = cookProcessPids(run);
        List<Event> byKitchen = greetings.lines().stream().filter(l -> l.pid() == run.kitchenPid()).toList();
        if (!byKitchen.isEmpty()) {
            String cooksSaid = cookPids.isEmpty() ? "no cook process was seen"
                    : cookPids.size() + " cook process(es) were started, but the kitchen printed";
            return Finding.fail(byKitchen.size() + " greeting(s) were printed by the kitchen (pid " + run.kitchenPid()
                            + "), not by a cook process: " + cooksSaid,
                    "let each cook process run sayHello: new ProcessPool(), then pool.map(ManyKitchens::sayHello, NAMES)");
        }
        List<Event> byStrangers = greetings.lines().stream().filter(l -> !cookPids.contains(l.pid())).toList();
        if (!byStrangers.isEmpty()) {
            return Finding.fail(byStrangers.size() + " greeting(s) came from a process that is not a cook of this "
                            + "kitchen (pid " + byStrangers.stream().map(e -> String.valueOf(e.pid())).distinct()
                            .collect(Collectors.joining(", ")) + ")",
                    "use the kit's ProcessPool, whose cooks are children of the kitchen");
        }
        Set<Long> writers = greetings.lines().stream().map(Event::pid).collect(Collectors.toSet());
        return Finding.pass("the greetings came from " + writers.size() + " cook process(es), pid "
                + writers.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static Finding judgeKitchensSideBySide(Observation run, Greetings greetings) {
        int workers = Math.max(1, poolSize(run));
        int together = run.tree().peakConcurrentDescendants();
        double ticks = run.ticksSinceMainStart(greetings.last().orElseThrow());
        if (workers < 2 || together < 2) {
            return Finding.fail(String.format("your kitchens took turns: %.1f ticks, with %d cook process(es) at "
                    + "once; a pool of one is no faster than one kitchen", ticks, Math.min(workers, together)),
                    "let the pool have one cook per CPU: new ProcessPool() (on this machine, " + run.calibration().cpus()
                            + ")");
        }
        if (together < workers) {
            return Finding.fail(String.format("only %d of the pool's %d cook processes were seen at once: the "
                    + "others started late or ended early", together, workers),
                    "open the pool once and hand it all names in one map call");
        }
        int rounds = (DISHES + workers - 1) / workers;
        double slack = run.calibration().processSlackTicks(run.tick(), rounds);
        // Judged against one kitchen alone (4 ticks), as the talk does: a pool's start costs a JVM per cook, too
        // much on a busy machine to tell one extra round apart; that the cooks overlapped is judged above.
        TimingRule rule = new TimingRule(rounds, DISHES, slack);
        String expected = String.format("expected about %d (ceil(%d / %d workers)); one kitchen alone takes %d",
                rounds, DISHES, workers, DISHES);
        return switch (rule.judge(ticks)) {
            case RIGHT -> Finding.pass(String.format("%.2f ticks with %d cook processes at once", ticks, together));
            case WRONG -> Finding.fail(String.format("your kitchens took turns: %.1f ticks, %s", ticks, expected),
                    "hand all names to the pool in one map call, so its cooks work side by side");
            case TOO_CLOSE_TO_CALL -> Finding.inconclusive(String.format("%.2f ticks: %s; too close to call (a right "
                    + "run takes at most %.2f here)", ticks, expected, rule.passLine()));
            case TOO_NOISY -> Finding.inconclusive(String.format("%.2f ticks, but cook JVMs took %d ms to start at "
                    + "calibration, too slow to tell %d rounds from %d", ticks, run.calibration().cookStart().toMillis(),
                    rounds, DISHES));
        };
    }

    /** The pids of the cook processes that checked in as children of this kitchen. */
    static Set<Long> cookProcessPids(Observation run) {
        String child = "cook " + run.kitchenPid();
        return run.events(EventType.HELLO).stream().filter(e -> e.text().equals(child)).map(Event::pid)
                .collect(Collectors.toSet());
    }

    /** The size of the largest process pool the kitchen opened, or 0 if it opened none. */
    private static int poolSize(Observation run) {
        return run.kitchenEvents(EventType.POOL_OPEN).stream().map(Event::text).filter(t -> t.startsWith("process "))
                .mapToInt(t -> Integer.parseInt(t.substring("process ".length()))).max().orElse(0);
    }

    @Override
    public Figures figures(Observation run) {
        Greetings greetings = Greetings.in(run.events(EventType.LINE_OUT));
        Duration wall = greetings.last().map(run::sinceMainStart).orElse(null);
        double ticks = greetings.last().map(run::ticksSinceMainStart).orElse(-1.0);
        ProcessRecord kitchen = run.tree().root().orElse(null);
        Figures figures = new Figures(wall, ticks, Duration.ofMillis(run.tree().totalCpuMillis()),
                kitchen == null ? -1 : kitchen.peakRss(), run.tree().peakDescendantsRss(),
                kitchen == null ? -1 : kitchen.peakThreads(), -1, run.tree().descendants().size(), List.of());
        return figures.withNote(String.format("sequential %.1f s", DISHES * run.tick().toNanos() / 1e9))
                .withNote(run.tree().peakConcurrentDescendants() + " at once");
    }
}
