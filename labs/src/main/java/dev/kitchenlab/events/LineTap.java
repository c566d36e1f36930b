package dev.kitchenlab.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands between a program and its {@code System.out} (or {@code System.err}): every byte goes through unchanged,
 * and every line is reported with the thread that wrote it, at the time its last byte was written. Each thread
 * gathers its own line, so two cooks printing at once are still told apart; a line a thread leaves open (printed
 * with {@code print}, no line break) is reported when the thread ends or the JVM shuts down, as it was.
 *
 * <p>What the kit's own threads (named {@value #KIT_THREAD_PREFIX}…) write is passed on without a report: a cook
 * process's lines, relayed by the kitchen, were already reported by the cook that wrote them.
 */
public final class LineTap extends OutputStream {
    /** Prefix of the kit's own threads, which are not the student's cooks. */
    public static final String KIT_THREAD_PREFIX = "kitchen-lab-";

    private final OutputStream original;
    private final Fact.Stream stream;
    private final SideChannel events;
    // One entry per thread with a line still open; each entry is guarded by its own lock, taken by its thread while
    // it writes and by finishLinesOf when another thread reports the line for it.
    private final Map<Thread, Pending> pending = new ConcurrentHashMap<>();

    /** A tap that passes everything to {@code original} and reports its lines as lines of {@code stream}. */
    public LineTap(OutputStream original, Fact.Stream stream, SideChannel events) {
        this.original = original;
        this.stream = stream;
        this.events = events;
    }

    @Override
    public void write(int b) throws IOException {
        original.write(b);
        collect(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        original.write(bytes, offset, length);
        collect(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        original.flush();
    }

    /** Reports what {@code thread} wrote without a line break yet, as when it ends. */
    public void finishLinesOf(Thread thread) {
        Pending line = pending.remove(thread);
        if (line != null) {
            line.report(false);
        }
    }

    /** Reports what every thread wrote without a line break yet, as at the end of the program. */
    public void finishAllLines() {
        for (Thread thread : new ArrayList<>(pending.keySet())) {
            finishLinesOf(thread);
        }
    }

    private void collect(byte[] bytes, int offset, int length) {
        Thread writer = Thread.currentThread();
        if (writer.getName().startsWith(KIT_THREAD_PREFIX)) {
            return;
        }
        // Looked up, then added, rather than computeIfAbsent with a method reference: a program's first line would
        // otherwise link the JVM's lambda machinery inside its own time. Only the writing thread adds its own entry.
        Pending line = pending.get(writer);
        if (line == null) {
            line = new Pending(writer);
            pending.put(writer, line);
        }
        synchronized (line) {
            int start = offset;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    line.bytes.write(bytes, start, i - start);
                    line.report(true);
                    start = i + 1;
                }
            }
            line.bytes.write(bytes, start, offset + length - start);
            if (line.bytes.size() > 0) {
                line.lastWriteNanos = Event.now();
            } else {
                // Only threads with a line still open keep an entry: thousands of cooks leave nothing behind.
                pending.remove(writer, line);
            }
        }
    }

    /** The line one thread is writing. */
    private final class Pending {
        private final Thread writer;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long lastWriteNanos;

        Pending(Thread writer) {
            this.writer = writer;
        }

        synchronized void report(boolean complete) {
            if (!complete && bytes.size() == 0) {
                return;
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            bytes.reset();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            long at = complete || lastWriteNanos == 0 ? Event.now() : lastWriteNanos;
            events.emit(new Fact.OutputLine(stream, text, complete), at, writer.getId(), writer.getName());
        }
    }
}
