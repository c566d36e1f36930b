package dev.kitchenlab.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Drains one output stream of the kitchen, keeping only its last lines: a kitchen that floods its output
 * can neither block on a full pipe nor fill the inspector's memory.
 */
final class OutputTail {
    private static final int KEEP_LINES = 40;
    private static final int LONGEST_LINE = 500;

    // Guarded by this: the drainer thread adds, the runner reads.
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread drainer;

    private OutputTail(InputStream stream, String name) {
        drainer = new Thread(() -> drain(stream), "kitchen-lab-drain-" + name);
        drainer.setDaemon(true);
        drainer.start();
    }

    static OutputTail drain(InputStream stream, String name) {
        return new OutputTail(stream, name);
    }

    /** The last lines, once the stream has ended (or after a short wait if a grandchild keeps it open). */
    List<String> lastLines() {
        try {
            drainer.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return List.copyOf(lines);
        }
    }

    private void drain(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                keep(line.length() > LONGEST_LINE ? line.substring(0, LONGEST_LINE) + "…" : line);
            }
        } catch (IOException closed) {
            // The kitchen was killed: what was read is what there is.
        }
    }

    private synchronized void keep(String line) {
        if (lines.size() == KEEP_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }
}
