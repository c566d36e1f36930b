package dev.kitchenlab.catalogue.lab06;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.judging.Statistics;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lab 06, the talk's spawn timing: {@code runThread()} starts an empty thread and waits for it, {@code runProcess()}
 * starts the kit's empty cook JVM and waits for it. The kit calls each many times after a warm-up, times every call
 * itself, and checks what each call did (a thread started; a cook checked in and was gone when the call returned)
 * before it compares the two costs.
 */
public final class SpawnLab {
    /** The talk's claim, as a floor: a process costs at least this many threads. */
    static final double RATIO = 5;
    private static final String THREAD = "runThread starts a thread";
    private static final String PROCESS = "runProcess starts a cook process";
    private static final String WAITED = "runProcess waits for its cook";
    private static final String COSTS = "a process costs more than a thread";
    private static final String AGREES = "your printed times agree with the kit's";
    private static final Pattern TIMING = Pattern.compile("\\s*(runThread|runProcess):\\s*(\\d+(?:\\.\\d+)?)\\s*ms\\s*");

    /** The declaration. */
    public static final Lab LAB = Lab.builder("06", "spawn")
            .title("what a cook costs to hire")
            .claim("starting a process costs far more than starting a thread: a new kitchen, not one more cook in it")
            .mainClass("Spawn")
            .driver(Driver.SPAWN)
            .timeoutTicks(30)
            .hints("A thread is a cook hired into this kitchen; a process is a whole new kitchen, here a new JVM: "
                            + "time what each costs to start and finish doing nothing.",
                    "runThread: Thread cook = new Thread(() -> { }); cook.start(); cook.join();",
                    "runProcess: Process cook = new ProcessBuilder(EmptyCook.command()).inheritIO().start(); "
                            + "cook.waitFor(); EmptyCook is the kit's cook that does nothing.")
            .expect(Expectation.of(THREAD, SpawnLab::threadEachCall,
                    "start one thread in runThread, and join it before returning"))
            .expect(Expectation.of(PROCESS, SpawnLab::cookEachCall,
                    "start the kit's empty cook: new ProcessBuilder(EmptyCook.command()).start()"))
            .expect(Expectation.of(WAITED, SpawnLab::waited, "call waitFor() on the process before returning")
                    .after(PROCESS))
            .expect(Expectation.of(COSTS, SpawnLab::costs,
                    "time a whole start: the thread started and joined, the process started and waited for")
                    .after(THREAD, WAITED))
            .expect(Expectation.of(AGREES, SpawnLab::agrees,
                    "your lab 05 wrapper must time the call it wraps, in milliseconds").after(COSTS))
            .notes(SpawnLab::notes)
            .build();

    private SpawnLab() {
    }

    private static List<Fact.SpawnCall> calls(Observation run, Fact.CookKind kind, boolean measuredOnly) {
        return run.kitchenEvents(Fact.SpawnCall.class).stream().map(Event::fact)
                .filter(c -> c.kind() == kind && (!measuredOnly || !c.warmUp())).toList();
    }

    private static double[] millis(List<Fact.SpawnCall> calls) {
        return calls.stream().mapToDouble(c -> c.kitNanos() / 1e6).toArray();
    }

    /** The check-ins of empty cooks during a call. */
    private static long checkIns(Observation run, Fact.SpawnCall call) {
        return run.events(Fact.EmptyCookCheckedIn.class).stream()
                .filter(e -> e.epochNanos() >= call.startEpochNanos() && e.epochNanos() <= call.endEpochNanos())
                .count();
    }

    private static Finding threadEachCall(Observation run) {
        List<Fact.SpawnCall> calls = calls(run, Fact.CookKind.THREAD, false);
        if (calls.isEmpty()) {
            return Finding.fail("runThread was never called");
        }
        long without = calls.stream().filter(c -> c.threadsStarted() == 0).count();
        if (without > calls.size() / 2) {
            return Finding.fail("runThread started no thread in " + without + " of " + calls.size() + " calls");
        }
        return Finding.pass("a thread started in each of " + calls.size() + " calls");
    }

    private static Finding cookEachCall(Observation run) {
        List<Fact.SpawnCall> calls = calls(run, Fact.CookKind.PROCESS, false);
        if (calls.isEmpty()) {
            return Finding.fail("runProcess was never called");
        }
        long checkedIn = run.events(Fact.EmptyCookCheckedIn.class).size();
        if (checkedIn == 0) {
            double median = Statistics.median(millis(calls));
            long threadLike = calls.stream().filter(c -> c.threadsStarted() > 0).count();
            if (threadLike > calls.size() / 2) {
                return Finding.fail(String.format("runProcess started a thread, not a process, in %d of %d calls "
                        + "(%.2f ms each): no cook checked in; a thread passed off as a process is still a cook in this "
                        + "kitchen", threadLike, calls.size(), median));
            }
            return Finding.fail(String.format("runProcess started no cook: none of its %d calls (%.2f ms each) had a "
                    + "cook check in; a program that is not a JVM (such as /bin/true) is a process, but not a cook, and "
                    + "costs far less than one", calls.size(), median));
        }
        // A cook not waited for may still be starting when the kitchen ends: that is the next check's to say.
        if (checkedIn < calls.size() / 2) {
            return Finding.fail("runProcess was called " + calls.size() + " times and " + checkedIn
                    + " cooks checked in: one cook per call");
        }
        return Finding.pass(checkedIn + " empty cooks checked in, one per call");
    }

    private static Finding waited(Observation run) {
        List<Fact.SpawnCall> calls = calls(run, Fact.CookKind.PROCESS, false);
        long early = calls.stream().filter(c -> c.childrenLeft() > 0 || checkIns(run, c) == 0).count();
        if (early > calls.size() / 2) {
            return Finding.fail(String.format("runProcess came back before its cook was done in %d of %d calls "
                    + "(%.2f ms each): the time to start a process is the time until it has run, so wait for it",
                    early, calls.size(), Statistics.median(millis(calls))));
        }
        return Finding.pass("each cook was done when runProcess came back");
    }

    /** Median against median, and INCONCLUSIVE when the spreads straddle the claim. */
    private static Finding costs(Observation run) {
        double[] threads = millis(calls(run, Fact.CookKind.THREAD, true));
        double[] processes = millis(calls(run, Fact.CookKind.PROCESS, true));
        if (threads.length < 20 || processes.length < 20) {
            return Finding.inconclusive("too few calls were timed: " + threads.length + " and " + processes.length);
        }
        double ratio = Statistics.median(processes) / Math.max(1e-6, Statistics.median(threads));
        double worst = quartile(processes, 1) / Math.max(1e-6, quartile(threads, 3));
        double best = quartile(processes, 3) / Math.max(1e-6, quartile(threads, 1));
        String figures = String.format("a process %s, a thread %s: %.0f×", spread(processes), spread(threads), ratio);
        if (worst >= RATIO) {
            return Finding.pass(figures);
        }
        if (best < RATIO) {
            return Finding.fail(figures + String.format(", and the talk's claim needs %.0f× at least", RATIO));
        }
        return Finding.inconclusive(figures + ", but the spreads overlap the talk's " + RATIO + "×: run it again");
    }

    private static Finding agrees(Observation run) {
        List<Fact.SpawnCall> all = run.kitchenEvents(Fact.SpawnCall.class).stream().map(Event::fact).toList();
        if (all.stream().noneMatch(Fact.SpawnCall::studentsTimer)) {
            return Finding.pass("timed with the kit's own timer: your lab 05 wrapper is not finished yet");
        }
        List<String> off = new ArrayList<>();
        for (Fact.CookKind kind : Fact.CookKind.values()) {
            String name = kind == Fact.CookKind.THREAD ? "runThread" : "runProcess";
            List<Double> printed = printed(run, name);
            List<Fact.SpawnCall> calls = calls(run, kind, false);
            if (printed.size() != calls.size()) {
                off.add(name + " was called " + calls.size() + " times and your wrapper printed " + printed.size()
                        + " timings");
                continue;
            }
            double yours = Statistics.median(printed.stream().mapToDouble(Double::doubleValue).toArray());
            double kit = Statistics.median(millis(calls));
            if (Math.abs(yours - kit) > Math.max(0.1 * kit, 2)) {
                off.add(String.format("%s: you printed %.2f ms, the kit measured %.2f ms", name, yours, kit));
            }
        }
        return off.isEmpty() ? Finding.pass("your lab 05 wrapper's figures agree with the kit's")
                : Finding.fail(String.join("; ", off));
    }

    private static List<Double> printed(Observation run, String name) {
        List<Double> figures = new ArrayList<>();
        for (PrintedLine line : run.kitchenLines()) {
            Matcher m = TIMING.matcher(line.text());
            if (m.matches() && m.group(1).equals(name)) {
                figures.add(Double.parseDouble(m.group(2)));
            }
        }
        return figures;
    }

    /** The first (1) or third (3) quartile. */
    private static double quartile(double[] values, int which) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.round((sorted.length - 1) * which / 4.0))];
    }

    private static String spread(double[] values) {
        return String.format("%.2f ms [%.2f–%.2f]", Statistics.median(values), quartile(values, 1),
                quartile(values, 3));
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        double[] threads = millis(calls(run, Fact.CookKind.THREAD, true));
        double[] processes = millis(calls(run, Fact.CookKind.PROCESS, true));
        if (threads.length > 0 && processes.length > 0) {
            notes.add("thread " + spread(threads));
            notes.add("process " + spread(processes));
            notes.add(String.format("%.0f×", Statistics.median(processes) / Math.max(1e-6, Statistics.median(threads))));
        }
        boolean students = run.kitchenEvents(Fact.SpawnCall.class).stream().anyMatch(e -> e.fact().studentsTimer());
        notes.add(students ? "timed by your lab 05 wrapper" : "timed by the kit's timer (lab 05 unfinished)");
        return notes;
    }
}
