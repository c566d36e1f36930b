package dev.kitchenlab.labs;

import dev.kitchenlab.engine.CookThread;
import dev.kitchenlab.engine.Observation;
import dev.kitchenlab.engine.observe.ProcessRecord;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventType;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lab 03, the talk's {@code ThreadPool(4).map(say_hello, NAMES)}: four cooks in one kitchen greet at the same
 * time, so the meal takes about one tick, and {@code ps} shows one process with more threads.
 */
final class CooksLab implements Judge {
    /** The catalogue entry. */
    static final Lab LAB = new Lab("03", "cooks", "4 greetings from 4 cooks", "ManyCooks",
            "ThreadPool(4).map(say_hello, NAMES): the same greetings as the process pool, in about one tick, "
                    + "from 4 threads sharing the kitchen's one PID",
            JvmOptions.DEFAULT, 8, 17, new CooksLab());

    private static final int COOKS = 4;

    @Override
    public List<Finding> judge(Observation run) {
        Greetings greetings = Greetings.in(run.kitchenLines());
        List<Finding> findings = new ArrayList<>();
        findings.add(greetings.judgeEachNameOnce());
        if (greetings.lines().isEmpty()) {
            return findings;
        }
        findings.add(judgeWriters(run, greetings));
        findings.add(judgeOneKitchen(run));
        findings.add(judgeTiming(run, greetings));
        return findings;
    }

    private static Finding judgeWriters(Observation run, Greetings greetings) {
        List<Event> byMain = greetings.lines().stream().filter(run::onMainThread).toList();
        List<CookThread> cooks = run.cookThreads();
        if (!byMain.isEmpty()) {
            long idle = cooks.stream().filter(c -> c.linesWritten() == 0).count();
            String cooksSaid = cooks.isEmpty() ? "no cook thread was started"
                    : idle == cooks.size() ? cooks.size() + " thread(s) were started, but none of them printed"
                    : idle + " of " + cooks.size() + " cook threads printed nothing";
            return Finding.fail(byMain.size() + " of the greetings were written by main, not by a cook: " + cooksSaid,
                    "let the cooks do the work: each cook runs sayHello, which sleeps and prints");
        }
        Set<Long> writers = greetings.lines().stream().map(Event::threadId).collect(Collectors.toSet());
        int together = run.peakConcurrentCookThreads();
        if (writers.size() < COOKS || together < COOKS) {
            return Finding.fail(String.format("the greetings came from %d cook thread(s), with at most %d alive at "
                            + "once: expected each greeting from its own cook, %d cooks at the same time",
                    writers.size(), together, COOKS),
                    "use a pool of 4 cooks (new ThreadPool(4)) and give each cook one name");
        }
        return Finding.pass(writers.size() + " cook threads wrote the greetings");
    }

    private static Finding judgeOneKitchen(Observation run) {
        List<ProcessRecord> children = run.tree().descendants();
        if (children.isEmpty()) {
            return Finding.pass("one process: the cooks shared the kitchen's PID " + run.kitchenPid());
        }
        return Finding.fail(children.size() + " child process(es) were started (pid "
                        + children.stream().map(c -> String.valueOf(c.pid())).collect(Collectors.joining(", "))
                        + "): in this lab the cooks are threads sharing one kitchen, not processes",
                "use a ThreadPool or an ExecutorService, not a ProcessPool or ProcessBuilder");
    }

    private static Finding judgeTiming(Observation run, Greetings greetings) {
        double ticks = run.ticksSinceMainStart(greetings.last().orElseThrow());
        double slack = run.calibration().slackTicks(run.tick(), 1, COOKS);
        TimingRule rule = new TimingRule(1, 2, slack);
        return switch (rule.judge(ticks)) {
            case RIGHT -> Finding.pass(String.format("%.2f ticks: the cooks worked at the same time", ticks));
            case WRONG -> Finding.fail(String.format("your cooks took turns: %.1f ticks, expected about 1", ticks),
                    "start all 4 cooks before waiting for any: map sayHello over NAMES with a pool of 4");
            case TOO_CLOSE_TO_CALL -> Finding.inconclusive(String.format(
                    "%.2f ticks: expected about 1 (at most %.2f), and 2 would be cooks taking turns; too close to call",
                    ticks, rule.passLine()));
            case TOO_NOISY -> Finding.inconclusive(String.format(
                    "%.2f ticks, but the machine ran too late (%.2f ticks of delay at calibration) to tell 1 from 2",
                    ticks, slack));
        };
    }

    @Override
    public Figures figures(Observation run) {
        Greetings greetings = Greetings.in(run.kitchenLines());
        Duration wall = greetings.last().map(run::sinceMainStart).orElse(null);
        double ticks = greetings.last().map(run::ticksSinceMainStart).orElse(-1.0);
        ProcessRecord kitchen = run.tree().root().orElse(null);
        Figures figures = new Figures(wall, ticks, Duration.ofMillis(run.tree().totalCpuMillis()),
                kitchen == null ? -1 : kitchen.peakRss(), run.tree().peakDescendantsRss(),
                kitchen == null ? -1 : kitchen.peakThreads(), run.cookThreads().size(),
                run.tree().descendants().size(), List.of());
        if (kitchen != null) {
            figures = figures.withNote(String.format("peak %%CPU %.0f", kitchen.peakCpuPercent()))
                    .withNote(virtualSize(run, kitchen));
        }
        return figures;
    }

    /**
     * What the cooks did to the kitchen's virtual size. The talk saw it jump (Python's threads reserve stacks and
     * malloc arenas); a JVM reserves its whole heap before {@code main}, so its cooks add little more than their
     * stacks.
     */
    private static String virtualSize(Observation run, ProcessRecord kitchen) {
        long before = run.kitchenEvents(EventType.MEMORY).stream().findFirst()
                .map(e -> Long.parseLong(e.text().split(" ")[1])).orElse(kitchen.first().vsz());
        long added = kitchen.peakVsz() - before;
        return "vsz " + Figures.megabytes(before) + " before the cooks, " + (added >= 0 ? "+" : "")
                + Figures.megabytes(added) + " with them";
    }
}
