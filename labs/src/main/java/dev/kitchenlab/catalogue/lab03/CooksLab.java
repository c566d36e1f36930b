package dev.kitchenlab.catalogue.lab03;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.CookThread;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.judging.CookWork;
import dev.kitchenlab.judging.Greetings;
import dev.kitchenlab.judging.OneTickEach;
import dev.kitchenlab.judging.TimingRule;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lab 03, the talk's {@code ThreadPool(4).map(say_hello, NAMES)}: four cooks in one kitchen greet at the same
 * time, so the meal takes about one tick, and {@code ps} shows one process with more threads.
 */
public final class CooksLab {
    private static final int COOKS = 4;
    private static final String BY_COOKS = "greeted by cooks, not by main";
    private static final String FOUR_AT_ONCE = "4 cooks at once";
    private static final String ONE_KITCHEN = "one kitchen";
    private static final String ONE_TICK = "about one tick";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("03", "cooks")
            .title("4 greetings from 4 cooks")
            .claim("ThreadPool(4).map(say_hello, NAMES): the same greetings as the process pool, in about one tick, "
                    + "from 4 threads sharing the kitchen's one PID")
            .mainClass("ManyCooks")
            .timeoutTicks(8)
            .hints("A cook is a thread: four cooks in one kitchen can all sleep their tick at the same time, so four "
                            + "greetings take about one tick, not four.",
                    "sayHello sleeps one tick with Tick.sleep(), then prints \"Hi \" + name + \"!\"; main opens a "
                            + "ThreadPool of 4 and maps sayHello over NAMES.",
                    "try (ThreadPool pool = new ThreadPool(4)) { pool.map(ManyCooks::sayHello, NAMES); }")
            .expect(Greetings.printed(CooksLab::greetings))
            .expect(Greetings.eachNameOnce(CooksLab::greetings))
            .expect(Expectation.of(BY_COOKS, CooksLab::greetedByCooks,
                    "let the cooks do the work: each cook runs sayHello, which sleeps and prints").after(Greetings.PRINTED))
            .expect(OneTickEach.after(BY_COOKS, CooksLab::work))
            .expect(Expectation.of(FOUR_AT_ONCE, CooksLab::fourAtOnce,
                    "use a pool of 4 cooks (new ThreadPool(4)), give each cook one name, and start them all before "
                            + "waiting for any").after(BY_COOKS))
            .expect(Expectation.of(ONE_KITCHEN, CooksLab::oneKitchen,
                    "use a ThreadPool or an ExecutorService, not a ProcessPool or ProcessBuilder").after(Greetings.PRINTED))
            .expect(Expectation.of(ONE_TICK, CooksLab::aboutOneTick,
                    "start all 4 cooks before waiting for any: map sayHello over NAMES with a pool of 4")
                    .after(Greetings.PRINTED))
            .notes(CooksLab::notes)
            .build();

    private CooksLab() {
    }

    private static Greetings greetings(Observation run) {
        return Greetings.in(run.printed(Fact.Stream.OUT));
    }

    private static List<CookWork> work(Observation run) {
        return CookWork.of(run, greetings(run).lines());
    }

    private static Finding greetedByCooks(Observation run) {
        List<PrintedLine> byMain = greetings(run).lines().stream().filter(run::onMainThread).toList();
        if (byMain.isEmpty()) {
            return Finding.pass("no greeting was written by main");
        }
        List<CookThread> cooks = run.cookThreads();
        long idle = cooks.stream().filter(c -> c.linesWritten() == 0).count();
        String cooksSaid = cooks.isEmpty() ? "no cook thread was started"
                : idle == cooks.size() ? cooks.size() + " thread(s) were started, but none of them printed"
                : idle + " of " + cooks.size() + " cook threads printed nothing";
        return Finding.fail(byMain.size() + " of the greetings were written by main, not by a cook: " + cooksSaid);
    }

    private static Finding fourAtOnce(Observation run) {
        List<PrintedLine> lines = greetings(run).lines();
        long writers = lines.stream().map(l -> l.writerKnown() ? l.pid() + "/" + l.threadId() : "?" + l.epochNanos())
                .distinct().count();
        int together = CookWork.mostAtOnce(work(run), margin(run));
        if (writers < COOKS || together < COOKS) {
            return Finding.fail(String.format("the greetings came from %d cook thread(s), with at most %d cooking at "
                    + "once: expected each greeting from its own cook, %d cooks at the same time", writers, together,
                    COOKS));
        }
        return Finding.pass(String.format("%d cook threads wrote the greetings, %d of them cooking at once", writers,
                together));
    }

    private static Finding oneKitchen(Observation run) {
        List<ProcessRecord> children = run.tree().descendants();
        if (children.isEmpty()) {
            return Finding.pass("one process: the cooks shared the kitchen's PID " + run.kitchenPid());
        }
        return Finding.fail(children.size() + " child process(es) were started (pid "
                + children.stream().map(c -> String.valueOf(c.pid())).collect(Collectors.joining(", "))
                + "): in this lab the cooks are threads sharing one kitchen, not processes");
    }

    /**
     * Judged from the first cook's start to the last greeting, so the kitchen's own start-up is never blamed on the
     * student, allowing for how late the machine ran while the lab ran.
     */
    private static Finding aboutOneTick(Observation run) {
        List<CookWork> work = work(run);
        double ticks = run.inTicks(CookWork.span(work));
        Duration late = lateness(run, work);
        double slack = run.inTicks(late.plus(run.calibration().threadStart().multipliedBy(COOKS))
                .plus(CookWork.uncertainty(work)));
        TimingRule rule = new TimingRule(1, 2, slack);
        return switch (rule.judge(ticks)) {
            case RIGHT -> Finding.pass(String.format("%.2f ticks from the first cook's start to the last greeting: "
                    + "the cooks worked at the same time", ticks));
            case WRONG -> Finding.fail(String.format("your cooks took turns: %.1f ticks, expected about 1 (from the "
                    + "first cook's start to the last greeting)", ticks));
            case TOO_CLOSE_TO_CALL -> Finding.inconclusive(String.format(
                    "%.2f ticks: expected about 1 (at most %.2f), and 2 would be cooks taking turns; too close to call",
                    ticks, rule.passLine()));
            case TOO_NOISY -> Finding.inconclusive(String.format("%.2f ticks, but the machine was busy: a sleep "
                    + "woke %d ms late while the lab ran, too late to tell 1 tick from 2", ticks, late.toMillis()));
        };
    }

    private static Duration lateness(Observation run, List<CookWork> work) {
        return run.lateness(work.stream().mapToLong(CookWork::startNanos).min().orElse(0),
                work.stream().mapToLong(CookWork::endNanos).max().orElse(0));
    }

    /** Cooks whose work touches end to start did not overlap: each interval is trimmed by a twentieth of a tick. */
    private static Duration margin(Observation run) {
        return run.tick().dividedBy(20);
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        List<CookWork> work = work(run);
        if (!work.isEmpty()) {
            notes.add(String.format("cooks %.2f ticks", run.inTicks(CookWork.span(work))));
        }
        run.tree().root().ifPresent(kitchen -> {
            notes.add(String.format("peak %%CPU %.0f", kitchen.peakCpuPercent()));
            notes.add(virtualSize(run, kitchen));
        });
        return notes;
    }

    /**
     * What the cooks did to the kitchen's virtual size. The talk saw it jump (Python's threads reserve stacks and
     * malloc arenas); a JVM reserves its whole heap before {@code main}, so its cooks add little more than their
     * stacks.
     */
    private static String virtualSize(Observation run, ProcessRecord kitchen) {
        long before = run.kitchenEvents(Fact.MemoryBeforeMain.class).stream().findFirst()
                .map(e -> e.fact().vsz()).orElse(kitchen.first().vsz());
        long added = kitchen.peakVsz() - before;
        return "vsz " + Figures.megabytes(before) + " before the cooks, " + (added >= 0 ? "+" : "")
                + Figures.megabytes(added) + " with them";
    }
}
