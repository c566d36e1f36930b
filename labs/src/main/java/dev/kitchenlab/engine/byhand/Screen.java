package dev.kitchenlab.engine.byhand;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one terminal a run by hand shares between the lab and its {@code ps} view: the kitchen's stdout and stderr are
 * copied byte by byte as they come (a prompt without a newline shows at once), and a view block is printed only
 * between whole lines, so it never cuts a line of the lab in two.
 */
public final class Screen {
    private final OutputStream out;
    private final OutputStream err;
    // Guarded by this: whether each stream's last byte ended a line.
    private boolean outAtLineStart = true;
    private boolean errAtLineStart = true;

    /** A screen writing the lab's output to {@code out} and {@code err}, and the view to {@code out}. */
    public Screen(OutputStream out, OutputStream err) {
        this.out = out;
        this.err = err;
    }

    /** Copies {@code from} (the kitchen's stdout, or its stderr when {@code toErr}) on a thread of its own. */
    public Thread pump(InputStream from, boolean toErr, String name) {
        Thread pump = new Thread(() -> copy(from, toErr), name);
        pump.setDaemon(true);
        pump.start();
        return pump;
    }

    /** Prints a view block if no line of the lab is half written; returns whether it did. */
    public synchronized boolean printBetweenLines(List<String> lines) {
        if (!outAtLineStart || !errAtLineStart) {
            return false;
        }
        write(out, String.join("\n", lines) + "\n");
        return true;
    }

    private void copy(InputStream from, boolean toErr) {
        byte[] buffer = new byte[8192];
        try (from) {
            for (int read = from.read(buffer); read >= 0; read = from.read(buffer)) {
                synchronized (this) {
                    (toErr ? err : out).write(buffer, 0, read);
                    (toErr ? err : out).flush();
                    boolean atLineStart = read > 0 && buffer[read - 1] == '\n';
                    if (toErr) {
                        errAtLineStart = read == 0 ? errAtLineStart : atLineStart;
                    } else {
                        outAtLineStart = read == 0 ? outAtLineStart : atLineStart;
                    }
                }
            }
        } catch (IOException closed) {
            // The kitchen is gone, or the run was stopped: nothing more to show.
        }
    }

    private static void write(OutputStream to, String text) {
        try {
            to.write(text.getBytes(StandardCharsets.UTF_8));
            to.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the console", e);
        }
    }
}
