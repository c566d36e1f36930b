package dev.kitchenlab.evidence;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the lab printed, from two sources put together: the lines the kit's taps reported with their writer
 * (the kitchen's threads, the kit's cooks, children that used the kit) and the raw lines the inspector read from
 * the kitchen's stdout and stderr. A raw line that a tapped line accounts for is that line; one that several open
 * lines account for (threads that printed without a line break, run together on the stream) is those lines; one
 * that no tap saw was written by a process under the kitchen straight to the output it inherited, and is
 * attributed to the one process that can have written it, or to none.
 */
final class PrintedLines {
    private final Map<String, Deque<Event<Fact.OutputLine>>> unmatched = new HashMap<>();
    // Open lines not yet matched, tried as the parts of a raw line that several threads ran together.
    private final Set<Event<Fact.OutputLine>> openUnmatched = new LinkedHashSet<>();

    private PrintedLines(List<Event<Fact.OutputLine>> tapped) {
        for (Event<Fact.OutputLine> line : tapped) {
            unmatched.computeIfAbsent(key(line.fact().stream(), line.fact().text()), k -> new ArrayDeque<>()).add(line);
            if (!line.fact().complete()) {
                openUnmatched.add(line);
            }
        }
    }

    static List<PrintedLine> attribute(List<Event<Fact.OutputLine>> tapped, List<RawLine> raw, long kitchenPid,
                                       ProcessTree tree, long sampleSlackMillis) {
        PrintedLines matcher = new PrintedLines(tapped);
        List<PrintedLine> printed = new ArrayList<>();
        for (RawLine line : raw) {
            if (!matcher.accountFor(line)) {
                printed.add(unaccounted(line, kitchenPid, tree, sampleSlackMillis));
            }
        }
        // Every tapped line is evidence, whether or not the raw capture still holds it (it keeps a bounded amount).
        tapped.forEach(line -> printed.add(PrintedLine.of(line)));
        printed.sort(Comparator.comparingLong(PrintedLine::epochNanos));
        return printed;
    }

    /** Takes the tapped lines that make up one raw line; false, taking none, when they do not. */
    private boolean accountFor(RawLine raw) {
        List<Event<Fact.OutputLine>> parts = new ArrayList<>();
        String rest = raw.text();
        while (true) {
            Deque<Event<Fact.OutputLine>> whole = unmatched.get(key(raw.stream(), rest));
            Event<Fact.OutputLine> last = whole == null ? null
                    : whole.stream().filter(line -> !parts.contains(line)).findFirst().orElse(null);
            if (last != null) {
                parts.add(last);
                parts.forEach(this::take);
                return true;
            }
            Event<Fact.OutputLine> part = null;
            for (Event<Fact.OutputLine> open : openUnmatched) {
                String text = open.fact().text();
                if (open.fact().stream() == raw.stream() && !text.isEmpty() && rest.startsWith(text)
                        && !parts.contains(open) && (part == null || text.length() > part.fact().text().length())) {
                    part = open;
                }
            }
            if (part == null) {
                return false;
            }
            parts.add(part);
            rest = rest.substring(part.fact().text().length());
        }
    }

    private void take(Event<Fact.OutputLine> line) {
        unmatched.get(key(line.fact().stream(), line.fact().text())).remove(line);
        openUnmatched.remove(line);
    }

    private static String key(Fact.Stream stream, String text) {
        return stream + "\n" + text;
    }

    /**
     * A line no tap saw: the kitchen's own threads are all tapped, so a process under it wrote this; when exactly
     * one was alive then, that one. With no process under the kitchen at all, the kitchen wrote it past the taps
     * (the JVM itself, a native library).
     */
    private static PrintedLine unaccounted(RawLine line, long kitchenPid, ProcessTree tree, long sampleSlackMillis) {
        long millis = line.epochNanos() / 1_000_000;
        List<ProcessRecord> alive = tree.descendants().stream()
                .filter(p -> p.startMillis() <= millis && millis <= p.last().epochMillis() + sampleSlackMillis)
                .toList();
        long pid = alive.size() == 1 ? alive.get(0).pid()
                : tree.descendants().isEmpty() ? kitchenPid : PrintedLine.UNKNOWN;
        return new PrintedLine(line.stream(), line.text(), line.epochNanos(), pid, PrintedLine.UNKNOWN, "", true);
    }
}
