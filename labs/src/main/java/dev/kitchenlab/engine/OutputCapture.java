package dev.kitchenlab.engine;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.evidence.RawLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Drains one output stream of the kitchen, stamping each line with the time it arrived: everything the kitchen and
 * every process under it printed there, whoever wrote it, is evidence. Bounded: a kitchen that floods its output
 * can neither block on a full pipe nor fill the inspector's memory.
 */
final class OutputCapture {
    private static final int LONGEST_LINE = 8_192;

    private final Fact.Stream stream;
    // Guarded by this: the drainer thread adds, the runner reads.
    private final List<RawLine> lines = new ArrayList<>();
    private final Thread drainer;
    private final Consumer<RawLine> listener;

    private OutputCapture(InputStream input, Fact.Stream stream, String name, Consumer<RawLine> listener) {
        this.stream = stream;
        this.listener = listener;
        drainer = new Thread(() -> drain(input), "kitchen-lab-drain-" + name + "-" + stream);
        drainer.setDaemon(true);
        drainer.start();
    }

    static OutputCapture drain(InputStream input, Fact.Stream stream, String name) {
        return drain(input, stream, name, line -> { });
    }

    /** Drains, telling {@code listener} of each line as it arrives, on the drainer's thread. */
    static OutputCapture drain(InputStream input, Fact.Stream stream, String name, Consumer<RawLine> listener) {
        return new OutputCapture(input, stream, name, listener);
    }

    /** When the last line arrived, in epoch nanoseconds, or empty before the first. */
    synchronized OptionalLong lastLineNanos() {
        return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(lines.get(lines.size() - 1).epochNanos());
    }

    /** The lines read, once the stream has ended (or after a short wait if a grandchild keeps it open). */
    List<RawLine> lines() {
        try {
            drainer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return List.copyOf(lines);
        }
    }

    private void drain(InputStream input) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                keep(line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE) + "…" : line);
            }
        } catch (IOException closed) {
            // The kitchen was killed: what was read is what there is.
        }
    }

    private void keep(String line) {
        RawLine kept = new RawLine(stream, line, Event.now());
        synchronized (this) {
            if (lines.size() >= SideChannel.MAX_LINES) {
                return;
            }
            lines.add(kept);
        }
        listener.accept(kept);
    }

    /** The last lines of both streams, in the order they arrived, each cut to a readable length. */
    static List<String> tail(List<RawLine> out, List<RawLine> err, int count, int longest) {
        List<RawLine> both = new ArrayList<>(out);
        both.addAll(err);
        both.sort(Comparator.comparingLong(RawLine::epochNanos));
        return both.subList(Math.max(0, both.size() - count), both.size()).stream()
                .map(l -> l.text().length() > longest ? l.text().substring(0, longest) + "…" : l.text()).toList();
    }
}
