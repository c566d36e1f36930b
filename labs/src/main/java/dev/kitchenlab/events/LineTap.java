package dev.kitchenlab.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Stands between a program and its {@code System.out} (or {@code System.err}): every byte goes through
 * unchanged, and every finished line is reported with the thread that wrote it. Each thread gathers its
 * own line, so two cooks printing at once are still told apart. What the kit's own threads (named
 * {@value #KIT_THREAD_PREFIX}…) write is passed on without a report: a cook process's lines, relayed by the
 * kitchen, were already reported by the cook that wrote them.
 */
public final class LineTap extends OutputStream {
    /** Prefix of the kit's own threads, which are not the student's cooks. */
    public static final String KIT_THREAD_PREFIX = "kitchen-lab-";

    private final OutputStream original;
    private final Fact.Stream stream;
    private final SideChannel events;
    private final ThreadLocal<ByteArrayOutputStream> pending = ThreadLocal.withInitial(ByteArrayOutputStream::new);

    /** A tap that passes everything to {@code original} and reports its lines as lines of {@code stream}. */
    public LineTap(OutputStream original, Fact.Stream stream, SideChannel events) {
        this.original = original;
        this.stream = stream;
        this.events = events;
    }

    @Override
    public void write(int b) throws IOException {
        original.write(b);
        collect(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        original.write(bytes, offset, length);
        for (int i = offset; i < offset + length; i++) {
            collect(bytes[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        original.flush();
    }

    /** Reports what the calling thread wrote without a line break yet, as at the end of the program. */
    public void finishLine() {
        ByteArrayOutputStream line = pending.get();
        if (line.size() > 0) {
            report(line);
        }
    }

    private void collect(int b) {
        if (Thread.currentThread().getName().startsWith(KIT_THREAD_PREFIX)) {
            return;
        }
        ByteArrayOutputStream line = pending.get();
        if (b == '\n') {
            report(line);
        } else {
            line.write(b);
        }
    }

    private void report(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        events.emit(new Fact.OutputLine(stream, text));
    }
}
