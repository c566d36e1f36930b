package dev.kitchenlab.labs;

import dev.kitchenlab.events.Event;
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
 * The talk's greetings, {@code Hi {name}!}, among the lines a lab wrote: which names were greeted, how often,
 * and by whom.
 */
final class Greetings {
    /** The talk's {@code NAMES}. */
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    private static final Pattern GREETING = Pattern.compile("\\s*Hi (.+?)!\\s*");

    private final List<Event> lines;

    private Greetings(List<Event> lines) {
        this.lines = lines;
    }

    /** The greetings among these output lines, in the order they were written. */
    static Greetings in(List<Event> outputLines) {
        return new Greetings(outputLines.stream().filter(l -> GREETING.matcher(l.text()).matches()).toList());
    }

    /** Every greeting line. */
    List<Event> lines() {
        return lines;
    }

    /** The last greeting written, if any. */
    Optional<Event> last() {
        return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
    }

    /** The expectation "each name greeted exactly once, in any order", judged. */
    Finding judgeEachNameOnce() {
        Map<String, Integer> counts = counts();
        String expected = "expected Hi Kai!, Hi Tessa!, Hi Jess! and Hi Lucy!, once each, in any order";
        if (lines.isEmpty()) {
            return Finding.fail("no greeting was printed: " + expected,
                    "make sayHello print \"Hi \" + name + \"!\" after sleeping one tick");
        }
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
        return Finding.fail(String.join("; ", problems) + " (" + expected + ")",
                "map sayHello over NAMES once: every name is one dish, cooked exactly once");
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Event line : lines) {
            Matcher m = GREETING.matcher(line.text());
            if (m.matches()) {
                counts.merge(m.group(1), 1, Integer::sum);
            }
        }
        return counts;
    }
}
