package dev.kitchenlab.catalogue.lab05;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lab 05, the talk's {@code @timed} decorator: a wrapper that times each call of what it wraps and prints
 * {@code name: 12.34ms}. The kit calls the student's wrapper around work it controls and holds each printed figure
 * against its own clock.
 */
public final class TimedLab {
    private static final String EVERY_CALL = "a line for every call";
    private static final String AFTER_THE_CALL = "printed when the call has ended";
    private static final String RESULT = "the call's result returned";
    private static final String RETHROWN = "a call that throws, timed and rethrown";
    private static final String MILLIS = "in milliseconds";
    private static final String AGREES = "agrees with the kit's clock";
    private static final String RESOLUTION = "sub-millisecond resolution";
    private static final Pattern TIMING = Pattern.compile("\\s*(\\w+):\\s*(\\d+(?:\\.\\d+)?)\\s*ms\\s*");
    private static final List<String> AGREEING = List.of("sleep20", "sleep100", "busy15");
    private static final String SHORT = "spin03";
    private static final String BURNT = "burnt";
    private static final int QUOTED = 4;

    /** The declaration. */
    public static final Lab LAB = Lab.builder("05", "timed")
            .title("a @timed wrapper, in milliseconds")
            .claim("@timed prints name: 12.34ms after each call of the function it wraps: how long that call took")
            .mainClass("Timed")
            .driver(Driver.TIMED_WRAPPER)
            .timeoutTicks(4)
            .hints("timed does not run the call: it returns a new Supplier, which times the call each time it is "
                            + "called, as the talk's decorator returns a wrapper.",
                    "In the wrapper: long start = System.nanoTime(); T result = call.get(); then print name + \": \" "
                            + "+ String.format(\"%.2f\", (System.nanoTime() - start) / 1e6) + \"ms\" and return result.",
                    "Time a call that throws too: put the print in a finally block, so the exception still goes "
                            + "through after the line is printed.")
            .expect(Expectation.of(EVERY_CALL, TimedLab::aLineForEveryCall,
                    "return a wrapper that prints name: 12.34ms each time it is called, not once"))
            .expect(Expectation.of(AFTER_THE_CALL, TimedLab::printedAfterTheCall,
                    "take the time before the call and after it, and print when the call has returned")
                    .after(EVERY_CALL))
            .expect(Expectation.of(RESULT, TimedLab::resultReturned,
                    "return exactly what the wrapped call returned, calling it once"))
            .expect(Expectation.of(RETHROWN, TimedLab::timedAndRethrown,
                    "time the call in a try block, print in finally, and let the exception go on"))
            .expect(Expectation.of(MILLIS, TimedLab::inMilliseconds,
                    "print (end - start) / 1e6 with System.nanoTime(): nanoseconds over a million are milliseconds")
                    .after(EVERY_CALL))
            .expect(Expectation.of(AGREES, TimedLab::agreesWithTheKit,
                    "measure just around the call, with System.nanoTime(), and print that").after(MILLIS))
            .expect(Expectation.of(RESOLUTION, TimedLab::subMillisecond,
                    "System.currentTimeMillis() counts whole milliseconds: measure with System.nanoTime() and print "
                            + "two decimals").after(MILLIS))
            .notes(TimedLab::notes)
            .build();

    private TimedLab() {
    }

    /** A call the kit made, with the line the student's wrapper printed for it, if it printed one. */
    private record Timed(Fact.TimedCall call, Optional<PrintedLine> line, Optional<Double> millis) {
        double kitMillis() {
            return call.kitNanos() / 1e6;
        }
    }

    private static List<Event<Fact.TimedCall>> calls(Observation run) {
        return run.kitchenEvents(Fact.TimedCall.class);
    }

    /** Each name's printed timings, in order. */
    private static Map<String, List<PrintedLine>> timings(Observation run) {
        Map<String, List<PrintedLine>> byName = new LinkedHashMap<>();
        for (PrintedLine line : run.kitchenLines()) {
            Matcher m = TIMING.matcher(line.text());
            if (m.matches()) {
                byName.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(line);
            }
        }
        return byName;
    }

    /** Every call of the kit with its printed line: the n-th call of a name with the n-th line of that name. */
    private static List<Timed> paired(Observation run) {
        Map<String, List<PrintedLine>> timings = timings(run);
        List<Timed> paired = new ArrayList<>();
        for (Event<Fact.TimedCall> call : calls(run)) {
            List<PrintedLine> lines = timings.getOrDefault(call.fact().name(), List.of());
            Optional<PrintedLine> line = call.fact().call() <= lines.size()
                    ? Optional.of(lines.get(call.fact().call() - 1)) : Optional.empty();
            paired.add(new Timed(call.fact(), line, line.map(TimedLab::millis)));
        }
        return paired;
    }

    private static double millis(PrintedLine line) {
        Matcher m = TIMING.matcher(line.text());
        return m.matches() ? Double.parseDouble(m.group(2)) : Double.NaN;
    }

    private static Finding aLineForEveryCall(Observation run) {
        List<Timed> calls = paired(run).stream().filter(t -> !t.call().name().equals(BURNT)).toList();
        if (calls.isEmpty()) {
            return Finding.fail("the kit's calls never reached your wrapper");
        }
        Map<String, List<PrintedLine>> timings = timings(run);
        if (timings.keySet().stream().noneMatch(name -> calls.stream().anyMatch(t -> t.call().name().equals(name)))) {
            List<PrintedLine> said = run.kitchenLines().stream().filter(l -> !l.text().isBlank()).toList();
            return Finding.fail("no timing was printed in the talk's form, name: 12.34ms, for the kit's " + calls.size()
                    + " calls (sleep20, sleep100, …); " + (said.isEmpty() ? "nothing was printed"
                    : "printed instead: " + said.stream().limit(QUOTED).map(PrintedLine::quoted)
                    .collect(Collectors.joining(", "))));
        }
        Map<String, Long> called = calls.stream()
                .collect(Collectors.groupingBy(t -> t.call().name(), LinkedHashMap::new, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Long> name : called.entrySet()) {
            int printed = timings.getOrDefault(name.getKey(), List.of()).size();
            if (printed == 1 && name.getValue() > 1) {
                problems.add("only the first call of " + name.getKey() + " was timed: it was called " + name.getValue()
                        + " times and timed once");
            } else if (printed != name.getValue()) {
                problems.add(name.getKey() + " was called " + name.getValue() + " times and timed " + printed + " times");
            }
        }
        return problems.isEmpty() ? Finding.pass("every call was timed once, in the talk's form")
                : Finding.fail(String.join("; ", problems));
    }

    /** The work of a call comes before its line: a line printed in its first half was printed before the work. */
    private static Finding printedAfterTheCall(Observation run) {
        for (Timed t : paired(run)) {
            if (t.line().isPresent() && !t.call().name().equals(BURNT) && t.call().kitNanos() > 5_000_000) {
                long into = t.line().get().epochNanos() - t.call().startEpochNanos();
                if (into < t.call().kitNanos() / 2) {
                    return Finding.fail(String.format("%s's timing was printed %.1f ms into a call of %.1f ms, before "
                            + "its work was done", t.call().name(), into / 1e6, t.kitMillis()));
                }
            }
        }
        return Finding.pass("each timing was printed once its call had ended");
    }

    private static Finding resultReturned(Observation run) {
        Optional<Fact.TimedCall> wrong = calls(run).stream().map(Event::fact)
                .filter(c -> c.outcome() == Fact.CallOutcome.WRONG_RESULT).findFirst();
        return wrong.map(c -> Finding.fail("call " + c.call() + " of " + c.name() + " did not return what the wrapped "
                + "call returned")).orElse(Finding.pass("every call returned what the wrapped call returned"));
    }

    private static Finding timedAndRethrown(Observation run) {
        Optional<Timed> burnt = paired(run).stream().filter(t -> t.call().name().equals(BURNT)).findFirst();
        if (burnt.isEmpty()) {
            return Finding.fail("the kit's call that throws was never made");
        }
        if (burnt.get().call().outcome() == Fact.CallOutcome.SWALLOWED) {
            return Finding.fail("the wrapped call threw, and your wrapper swallowed the exception: the caller never "
                    + "learnt that the dish burnt");
        }
        if (burnt.get().line().isEmpty()) {
            return Finding.fail("the wrapped call threw, and your wrapper printed no timing for it");
        }
        return Finding.pass("a call that threw was timed and its exception went on");
    }

    private static Finding inMilliseconds(Observation run) {
        double ratio = Statistics.median(paired(run).stream().filter(t -> t.call().name().equals("sleep100"))
                .filter(t -> t.millis().isPresent()).mapToDouble(t -> t.millis().get() / t.kitMillis()).toArray());
        if (Double.isNaN(ratio)) {
            return Finding.fail("sleep100 was not timed");
        }
        if (ratio < 0.01) {
            return Finding.fail(String.format("your figures are about a thousand times too small: sleep100 took %.1f ms, "
                    + "and you printed %s; seconds, not milliseconds?", kitOf(run, "sleep100"), printedOf(run, "sleep100")));
        }
        if (ratio > 100) {
            return Finding.fail(String.format("your figures are about %s times too large: sleep100 took %.1f ms, and you "
                    + "printed %s; microseconds or nanoseconds, not milliseconds?", ratio > 1e5 ? "a million" : "a thousand",
                    kitOf(run, "sleep100"), printedOf(run, "sleep100")));
        }
        return Finding.pass("the figures are milliseconds");
    }

    /** The median difference for each workload within a tenth of the kit's figure or 2 ms, the larger. */
    private static Finding agreesWithTheKit(Observation run) {
        List<String> off = new ArrayList<>();
        for (String name : AGREEING) {
            List<Timed> timed = paired(run).stream().filter(t -> t.call().name().equals(name) && t.millis().isPresent())
                    .toList();
            double kit = Statistics.median(timed.stream().mapToDouble(Timed::kitMillis).toArray());
            double yours = Statistics.median(timed.stream().mapToDouble(t -> t.millis().get()).toArray());
            if (Math.abs(yours - kit) > Math.max(0.1 * kit, 2)) {
                off.add(String.format("%s: you printed %.2f ms, the kit measured %.2f ms", name, yours, kit));
            }
        }
        if (off.isEmpty()) {
            return Finding.pass("every figure within a tenth (or 2 ms) of the kit's");
        }
        return Finding.fail("your figures are off (medians): " + String.join("; ", off));
    }

    /** A third of a millisecond printed as such, not as 0.00 or 1.00. */
    private static Finding subMillisecond(Observation run) {
        List<Timed> shortOnes = paired(run).stream().filter(t -> t.call().name().equals(SHORT) && t.millis().isPresent())
                .toList();
        double yours = Statistics.median(shortOnes.stream().mapToDouble(t -> t.millis().get()).toArray());
        boolean wholeMillis = shortOnes.stream().allMatch(t -> t.millis().get() == Math.rint(t.millis().get()));
        if (Double.isNaN(yours) || wholeMillis || yours < 0.25) {
            return Finding.fail(String.format("%s takes a third of a millisecond (%.2f ms by the kit's clock), and you "
                    + "printed %s", SHORT, Statistics.median(shortOnes.stream().mapToDouble(Timed::kitMillis).toArray()),
                    printedOf(run, SHORT)));
        }
        return Finding.pass(String.format("%s printed as %.2f ms", SHORT, yours));
    }

    private static double kitOf(Observation run, String name) {
        return Statistics.median(paired(run).stream().filter(t -> t.call().name().equals(name)).mapToDouble(Timed::kitMillis)
                .toArray());
    }

    private static String printedOf(Observation run, String name) {
        return paired(run).stream().filter(t -> t.call().name().equals(name)).flatMap(t -> t.line().stream())
                .map(PrintedLine::quoted).collect(Collectors.joining(", "));
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        for (String name : List.of("sleep100", "busy15", SHORT)) {
            List<Timed> timed = paired(run).stream().filter(t -> t.call().name().equals(name) && t.millis().isPresent())
                    .toList();
            if (!timed.isEmpty()) {
                notes.add(String.format("%s yours %.2f ms, kit %.2f ms", name,
                        Statistics.median(timed.stream().mapToDouble(t -> t.millis().get()).toArray()),
                        Statistics.median(timed.stream().mapToDouble(Timed::kitMillis).toArray())));
            }
        }
        return notes;
    }
}
