package dev.kitchenlab.catalogue.lab04;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lab 04, the talk's check-in: "What is the output? How long does it take?" The student answers as code, with
 * methods the kit calls for parameters it picks at random; the kit then runs the talk's two programs itself with
 * those parameters and holds each answer against the run. Labs 02 and 03 are about writing the pools; this one is
 * about predicting them.
 */
public final class QuizLab {
    private static final String ANSWERED = "every question answered";
    private static final String POOL = "Pool() ticks";
    private static final String THREAD_POOL = "ThreadPool ticks";
    private static final String ORDER = "the order of the greetings";
    // A sleep never ends early, so a run takes its whole ticks and a little more (the orders through a pipe, the cooks'
    // wake-ups: up to a fifth of a tick on a busy machine); one that took this much more was slowed too much to judge.
    private static final double NOISE = 0.6;

    /** The declaration. */
    public static final Lab LAB = Lab.builder("04", "quiz")
            .title("predict the pools: ticks and order")
            .claim("Pool() opens one worker per CPU, so 4 names take ceil(4 / CPUs) ticks; ThreadPool(4) greets them "
                    + "in one tick; and the order of the greetings changes from run to run")
            .mainClass("Quiz")
            .driver(Driver.QUIZ)
            .timeoutTicks(30)
            .hints("Each cook greets one name per tick, and all cooks work at once: the ticks are the rounds the "
                            + "names need, ceil(names / cooks).",
                    "Pool() opens one cook process per CPU, so its cooks are the CPUs; ThreadPool(n) has n cooks, "
                            + "however many CPUs there are: a sleeping cook needs no CPU.",
                    "Cooks that wake at the same moment print in whatever order the scheduler runs them: is that the "
                            + "same order every time?",
                    "poolTicks = ceil(names / cpus) = (names + cpus - 1) / cpus; threadPoolTicks = "
                            + "(names + cooks - 1) / cooks; sameOrderEveryRun = false.")
            .expect(Expectation.of(ANSWERED, QuizLab::answered,
                    "answer every method: return a number of ticks or true/false, without throwing"))
            .expect(Expectation.of(POOL, QuizLab::poolTicks,
                    "Pool() opens one cook process per CPU: with cpus cooks, names take ceil(names / cpus) ticks")
                    .after(ANSWERED))
            .expect(Expectation.of(THREAD_POOL, QuizLab::threadPoolTicks,
                    "a thread pool of n cooks greets n names at once, whatever the CPUs: ceil(names / cooks) ticks")
                    .after(ANSWERED))
            .expect(Expectation.of(ORDER, QuizLab::order,
                    "cooks that wake together print in whatever order the scheduler picks: not the same every run")
                    .after(ANSWERED))
            .notes(QuizLab::notes)
            .build();

    private QuizLab() {
    }

    /** A prediction with the kit's run of the same question, when there was one. */
    private record Answer(Fact.Prediction prediction, Optional<Fact.QuizRun> run) {
        double measuredTicks() {
            return run.map(r -> (double) r.tookNanos() / r.tickNanos()).orElse(Double.NaN);
        }

        long truth() {
            // A few microseconds short of a whole tick is the two clocks of the run, not a shorter sleep.
            return (long) Math.floor(measuredTicks() + 0.01);
        }

        boolean noisy() {
            return run.isEmpty() || measuredTicks() - truth() > NOISE;
        }

        String asked() {
            Fact.Prediction p = prediction;
            return p.question() == Fact.QuizQuestion.POOL_TICKS
                    ? "Pool() on " + p.size() + " CPU" + (p.size() == 1 ? "" : "s") + " with " + p.names() + " names"
                    : "ThreadPool(" + p.size() + ") with " + p.names() + " names";
        }
    }

    private static List<Answer> answers(Observation run, Fact.QuizQuestion question) {
        List<Fact.QuizRun> runs = new ArrayList<>(run.events(Fact.QuizRun.class).stream().map(Event::fact)
                .filter(r -> !r.forOrder()).toList());
        List<Answer> answers = new ArrayList<>();
        for (Event<Fact.Prediction> p : run.kitchenEvents(Fact.Prediction.class)) {
            if (p.fact().question() != question) {
                continue;
            }
            Fact.PoolKind kind = question == Fact.QuizQuestion.POOL_TICKS ? Fact.PoolKind.PROCESS
                    : Fact.PoolKind.THREAD;
            Optional<Fact.QuizRun> match = runs.stream().filter(r -> r.kind() == kind && r.names() == p.fact().names()
                    && (kind == Fact.PoolKind.PROCESS ? r.cpus() : r.poolSize()) == p.fact().size()).findFirst();
            match.ifPresent(runs::remove);
            answers.add(new Answer(p.fact(), match));
        }
        return answers;
    }

    private static Finding answered(Observation run) {
        List<Fact.Prediction> given = run.kitchenEvents(Fact.Prediction.class).stream().map(Event::fact).toList();
        if (given.stream().noneMatch(p -> p.question() == Fact.QuizQuestion.SAME_ORDER)) {
            return Finding.fail("your quiz methods were not all called: the kit got " + given.size() + " answer(s)");
        }
        List<String> wrongShape = given.stream().filter(p -> p.question() != Fact.QuizQuestion.SAME_ORDER)
                .filter(p -> Integer.parseInt(p.answer()) < 1).map(p -> p.answer()).toList();
        if (!wrongShape.isEmpty()) {
            return Finding.fail("a meal takes at least 1 tick; you answered " + String.join(", ", wrongShape));
        }
        return Finding.pass("all " + given.size() + " questions answered");
    }

    private static Finding poolTicks(Observation run) {
        return ticks(answers(run, Fact.QuizQuestion.POOL_TICKS), "Pool() on %d CPU(s) opened %d cook process(es): "
                + "%d names took %.2f ticks, ceil(%d / %d) = %d; you predicted %s");
    }

    private static Finding threadPoolTicks(Observation run) {
        return ticks(answers(run, Fact.QuizQuestion.THREAD_POOL_TICKS), "ThreadPool(%2$d) on %1$d CPU(s): %3$d names "
                + "took %4$.2f ticks, ceil(%5$d / %6$d) = %7$d; you predicted %8$s");
    }

    /** Each answer against its run; a wrong answer is named with the run that refutes it. */
    private static Finding ticks(List<Answer> answers, String refutation) {
        if (answers.isEmpty()) {
            return Finding.fail("no question of this kind was answered");
        }
        List<String> wrong = new ArrayList<>();
        List<String> noisy = new ArrayList<>();
        for (Answer a : answers) {
            if (a.noisy()) {
                noisy.add(a.run().map(r -> String.format("%s took %.2f ticks", a.asked(), a.measuredTicks()))
                        .orElse(a.asked() + " was not run"));
            } else if (!a.prediction().answer().equals(String.valueOf(a.truth()))) {
                Fact.QuizRun r = a.run().orElseThrow();
                wrong.add(String.format(refutation, r.cpus(), r.poolSize(), r.names(), a.measuredTicks(), r.names(),
                        r.poolSize(), a.truth(), a.prediction().answer()));
            }
        }
        if (!wrong.isEmpty()) {
            return Finding.fail(String.join("; ", wrong));
        }
        if (!noisy.isEmpty()) {
            return Finding.inconclusive("the machine was too busy to count ticks: " + String.join("; ", noisy));
        }
        return Finding.pass(answers.stream().map(a -> String.format("%s: %s tick(s), as predicted", a.asked(),
                a.truth())).collect(Collectors.joining("; ")));
    }

    private static Finding order(Observation run) {
        Optional<Fact.Prediction> answer = run.kitchenEvents(Fact.Prediction.class).stream().map(Event::fact)
                .filter(p -> p.question() == Fact.QuizQuestion.SAME_ORDER).findFirst();
        List<String> fourByFour = orders(run);
        Set<String> orders = new LinkedHashSet<>(fourByFour);
        boolean fixed = answer.map(a -> a.answer().equals("true")).orElse(false);
        if (fixed && orders.size() > 1) {
            List<String> two = new ArrayList<>(orders).subList(0, 2);
            return Finding.fail(String.format("ThreadPool(4) greeted the same 4 names in %d different orders in %d "
                    + "runs, e.g. %s, then %s; you predicted the same order every run", orders.size(),
                    fourByFour.size(), two.get(0), two.get(1)));
        }
        if (fixed) {
            return Finding.inconclusive("all " + fourByFour.size() + " runs happened to greet in one order, "
                    + "so this check could not show you otherwise: run it again");
        }
        return Finding.pass(String.format("the order changes: %d different orders in %d runs", orders.size(),
                fourByFour.size()));
    }

    /** The orders of the runs of four cooks greeting four names, the talk's. */
    private static List<String> orders(Observation run) {
        return run.events(Fact.QuizRun.class).stream().map(Event::fact)
                .filter(r -> r.kind() == Fact.PoolKind.THREAD && r.poolSize() == 4 && r.names() == 4)
                .map(Fact.QuizRun::order).toList();
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        for (Fact.QuizQuestion question : List.of(Fact.QuizQuestion.POOL_TICKS, Fact.QuizQuestion.THREAD_POOL_TICKS)) {
            for (Answer a : answers(run, question)) {
                a.run().ifPresent(r -> notes.add(String.format("%s %.2f ticks", a.asked(), a.measuredTicks())));
            }
        }
        long orders = orders(run).stream().distinct().count();
        if (orders > 0) {
            notes.add(orders + " orders of 4 greetings");
        }
        return notes;
    }
}
