package dev.kitchenlab.judging;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The talk's greetings, {@code Hi {name}!}, among the lines a lab wrote: which names were greeted, how often, and by
 * whom; and the two expectations every greeting lab shares.
 */
public final class Greetings {
    /** The talk's {@code NAMES}. */
    public static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");
    /** The name of the expectation that some greeting was printed. */
    public static final String PRINTED = "greetings printed";
    /** The name of the expectation that each name was greeted once. */
    public static final String EACH_NAME_ONCE = "each name greeted once";

    private static final Pattern GREETING = Pattern.compile("\\s*Hi (.+?)!\\s*");
    private static final String EXPECTED = "expected Hi Kai!, Hi Tessa!, Hi Jess! and Hi Lucy!, once each, in any order";

    private static final int QUOTED = 4;

    private final List<PrintedLine> printed;
    private final List<PrintedLine> lines;

    private Greetings(List<PrintedLine> printed) {
        this.printed = printed;
        this.lines = printed.stream().filter(l -> GREETING.matcher(l.text()).matches()).toList();
    }

    /** The greetings among these printed lines, in the order they were written. */
    public static Greetings in(List<PrintedLine> printed) {
        return new Greetings(printed);
    }

    /**
     * The expectation that some greeting was printed, among the lines {@code where} picks; greetings that went to
     * stderr instead are named as such.
     */
    public static Expectation printed(Function<Observation, Greetings> where) {
        return Expectation.of(PRINTED, run -> where.apply(run).judgeSomePrinted(run.printed(Fact.Stream.ERR)),
                "make sayHello print \"Hi \" + name + \"!\" after sleeping one tick");
    }

    /** The expectation that each name was greeted exactly once, in any order, once some greeting was printed. */
    public static Expectation eachNameOnce(Function<Observation, Greetings> where) {
        return Expectation.of(EACH_NAME_ONCE, run -> where.apply(run).judgeEachNameOnce(),
                "map sayHello over NAMES once: every name is one dish, cooked exactly once").after(PRINTED);
    }

    /** Every greeting line. */
    public List<PrintedLine> lines() {
        return lines;
    }

    private Finding judgeSomePrinted(List<PrintedLine> onStderr) {
        if (!lines.isEmpty()) {
            return Finding.pass(lines.size() + " greeting(s) printed");
        }
        Greetings onTheWrongStream = Greetings.in(onStderr);
        if (!onTheWrongStream.lines.isEmpty()) {
            return Finding.fail("the greetings went to stderr, not to stdout: " + onTheWrongStream.lines.stream()
                    .limit(QUOTED).map(PrintedLine::quoted).collect(Collectors.joining(", ")),
                    "print them with System.out.println, as the talk's print does");
        }
        List<PrintedLine> said = printed.stream().filter(l -> !l.text().isBlank()).toList();
        String instead = said.isEmpty() ? "nothing was printed"
                : "printed instead: " + said.stream().limit(QUOTED).map(PrintedLine::quoted)
                        .collect(Collectors.joining(", "))
                        + (said.size() > QUOTED ? " (+" + (said.size() - QUOTED) + " more lines)" : "");
        return Finding.fail("no greeting was printed: " + EXPECTED + "; " + instead);
    }

    private Finding judgeEachNameOnce() {
        Map<String, Integer> counts = counts();
        List<String> missing = NAMES.stream().filter(n -> !counts.containsKey(n)).toList();
        List<String> doubled = counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> "Hi " + e.getKey() + "! was printed " + e.getValue() + " times").toList();
        List<String> strangers = counts.keySet().stream().filter(n -> !NAMES.contains(n))
                .map(n -> "Hi " + n + "!").toList();
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing greeting" + (missing.size() > 1 ? "s: " : ": ")
                    + missing.stream().map(n -> "Hi " + n + "!").collect(Collectors.joining(", ")));
        }
        problems.addAll(doubled);
        if (!strangers.isEmpty()) {
            problems.add("unexpected greeting" + (strangers.size() > 1 ? "s: " : ": ") + String.join(", ", strangers));
        }
        if (problems.isEmpty()) {
            return Finding.pass("each of the 4 names was greeted once");
        }
        return Finding.fail(String.join("; ", problems) + " (" + EXPECTED + ")");
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PrintedLine line : lines) {
            Matcher m = GREETING.matcher(line.text());
            if (m.matches()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }
}
