package dev.kitchenlab.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Where this JVM reports what it did: one events file per process in the folder named by
 * {@link KitchenEnvironment#EVENTS_DIR}, so that the kitchen and its cooks never share a file.
 * When nobody watches (a lab run by hand), reports go nowhere.
 *
 * <p>Every event is flushed at once: a kitchen that is killed keeps what it reported until then.
 */
public final class SideChannel {
    /** Output lines kept per process; a flood beyond that is counted, not stored. */
    public static final int MAX_LINES = 20_000;

    private static volatile SideChannel current;

    private final Writer writer;
    private final long pid = ProcessHandle.current().pid();
    private int lines;
    private long droppedLines;

    private SideChannel(Writer writer) {
        this.writer = writer;
    }

    /** This JVM's side channel, opened on first use as a {@code kitchen} or {@code cook} process. */
    public static SideChannel open(String role) {
        SideChannel channel = current;
        if (channel == null) {
            synchronized (SideChannel.class) {
                channel = current;
                if (channel == null) {
                    channel = new SideChannel(openWriter(role));
                    current = channel;
                    channel.emit(EventType.HELLO, role + " " + ProcessHandle.current().parent()
                            .map(ProcessHandle::pid).map(String::valueOf).orElse("?"));
                }
            }
        }
        return channel;
    }

    /** This JVM's side channel, opened as a {@code kitchen} if it was not opened yet. */
    public static SideChannel current() {
        SideChannel channel = current;
        return channel != null ? channel : open("kitchen");
    }

    /** Reports something that happened on the calling thread. */
    public void emit(EventType type, String text) {
        Thread thread = Thread.currentThread();
        emit(type, thread.getId(), thread.getName(), text);
    }

    /** Reports something that happened on the given thread. */
    public void emit(EventType type, long threadId, String threadName, String text) {
        if (writer == null) {
            return;
        }
        Event event = new Event(type, Event.epochNanos(Instant.now()), pid, threadId, threadName, text);
        synchronized (this) {
            if (type == EventType.LINE_OUT || type == EventType.LINE_ERR) {
                if (lines == MAX_LINES) {
                    droppedLines++;
                    return;
                }
                if (++lines == MAX_LINES) {
                    write(event);
                    event = new Event(EventType.TRUNCATED, event.epochNanos(), pid, threadId, threadName, "0");
                }
            }
            write(event);
        }
    }

    /** How many output lines were written after the side channel was full. */
    public synchronized long droppedLines() {
        return droppedLines;
    }

    private void write(Event event) {
        try {
            writer.write(EventCodec.encode(event));
            writer.write('\n');
            writer.flush();
        } catch (IOException disappeared) {
            // The watcher went away (its folder was deleted): the lab goes on unobserved, as if run by hand.
        }
    }

    private static Writer openWriter(String role) {
        String dir = System.getenv(KitchenEnvironment.EVENTS_DIR);
        if (dir == null || dir.isBlank()) {
            return null;
        }
        Path file = Path.of(dir, role + "-" + ProcessHandle.current().pid() + ".events");
        try {
            Files.createDirectories(file.getParent());
            return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kitchen's events to " + file, e);
        }
    }
}
