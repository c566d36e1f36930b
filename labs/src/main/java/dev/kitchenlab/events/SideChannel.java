package dev.kitchenlab.events;

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Where this JVM reports what it did: one events file per process in the folder the check names
 * ({@link KitchenEnvironment#eventsDir()}), so that the kitchen and its cooks never share a file. When nobody
 * watches (a lab run by hand), reports go nowhere.
 *
 * <p>Every event is flushed at once (a {@link Batch} of them, once it is closed): a kitchen that is killed keeps what it
 * reported until then.
 */
public final class SideChannel {
    /** Output lines kept per process; a flood beyond that is counted, not stored. */
    public static final int MAX_LINES = 20_000;
    /** How the events files end. */
    static final String FILE_SUFFIX = ".events";

    // Opened once per JVM, under the class's lock; volatile so that a thread that finds it open sees it whole.
    private static volatile SideChannel current;

    private final Writer writer;
    private final long pid;
    // Both guarded by this: the lines of every thread count against one limit.
    private int lines;
    private long droppedLines;

    private SideChannel(long pid, Writer writer) {
        this.pid = pid;
        this.writer = writer;
    }

    /** This JVM's side channel, opened on first use in the given role. */
    public static SideChannel open(Fact.Role role) {
        SideChannel channel = current;
        if (channel == null) {
            synchronized (SideChannel.class) {
                channel = current;
                if (channel == null) {
                    long pid = OwnProcess.pid();
                    channel = new SideChannel(pid, openWriter(role, pid));
                    current = channel;
                    channel.emit(new Fact.Hello(role, OwnProcess.parentPid()));
                }
            }
        }
        return channel;
    }

    /**
     * This JVM's side channel. The kitchen's harness and the cook processes open theirs first; any other JVM that
     * reaches the kit (a child the lab started itself, whose environment it inherited) opens it here as a
     * {@link Fact.Role#CHILD}, and from then on its output lines are reported too.
     */
    public static SideChannel current() {
        SideChannel channel = current;
        if (channel != null) {
            return channel;
        }
        channel = open(Fact.Role.CHILD);
        channel.tapOutputOfAChild();
        return channel;
    }

    /** Reports something that happened on the calling thread, now. */
    public void emit(Fact fact) {
        Thread thread = Thread.currentThread();
        emit(fact, thread.getId(), thread.getName());
    }

    /** Reports something that happened on the given thread, now. */
    public void emit(Fact fact, long threadId, String threadName) {
        emit(fact, Event.now(), threadId, threadName);
    }

    /** Reports something that happened on the given thread at the given time (in epoch nanoseconds). */
    public void emit(Fact fact, long epochNanos, long threadId, String threadName) {
        emit(fact, epochNanos, threadId, threadName, true);
    }

    private void emit(Fact fact, long epochNanos, long threadId, String threadName, boolean flush) {
        if (writer == null) {
            return;
        }
        Event<?> event = new Event<>(epochNanos, pid, threadId, threadName, fact);
        synchronized (this) {
            if (fact instanceof Fact.OutputLine) {
                if (lines == MAX_LINES) {
                    droppedLines++;
                    return;
                }
                if (++lines == MAX_LINES) {
                    write(event, false);
                    event = new Event<>(event.epochNanos(), pid, threadId, threadName, new Fact.OutputTruncated(0));
                }
            }
            write(event, flush);
        }
    }

    /**
     * A batch of reports written as they come and flushed together when it is closed: for the thread watcher, whose one
     * look at 10,000 threads reports every one that began or ended, and which flushed the file once per thread. What
     * other threads report meanwhile is flushed at once as always, and takes the batch's reports so far with it.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Reports written now and flushed when the batch is closed. */
    public final class Batch implements AutoCloseable {
        private Batch() {
        }

        /** Reports something that happened on the given thread, now. */
        public void emit(Fact fact, long threadId, String threadName) {
            SideChannel.this.emit(fact, Event.now(), threadId, threadName, false);
        }

        /** Flushes what the batch reported. */
        @Override
        public void close() {
            if (writer == null) {
                return;
            }
            synchronized (SideChannel.this) {
                try {
                    writer.flush();
                } catch (IOException disappeared) {
                    // As in write.
                }
            }
        }
    }

    /** How many output lines were written after the side channel was full. */
    public synchronized long droppedLines() {
        return droppedLines;
    }

    /** Whether anyone watches: false for a lab run by hand. */
    public boolean watched() {
        return writer != null;
    }

    private void tapOutputOfAChild() {
        if (!watched()) {
            return;
        }
        LineTap out = new LineTap(new FileOutputStream(FileDescriptor.out), Fact.Stream.OUT, this);
        LineTap err = new LineTap(new FileOutputStream(FileDescriptor.err), Fact.Stream.ERR, this);
        System.out.flush();
        System.err.flush();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.finishAllLines();
            err.finishAllLines();
        }, LineTap.KIT_THREAD_PREFIX + "child-exit"));
    }

    private void write(Event<?> event, boolean flush) {
        try {
            writer.write(EventCodec.encode(event));
            writer.write('\n');
            if (flush) {
                writer.flush();
            }
        } catch (IOException disappeared) {
            // The watcher went away (its folder was deleted): the lab goes on unobserved, as if run by hand.
        }
    }

    private static Writer openWriter(Fact.Role role, long pid) {
        Optional<String> dir = KitchenEnvironment.eventsDirName();
        if (dir.isEmpty()) {
            return null;
        }
        // java.io, not java.nio.file: see OwnProcess.
        File file = new File(dir.get(), role.name().toLowerCase(Locale.ROOT) + "-" + pid + FILE_SUFFIX);
        try {
            // A folder that cannot be made shows as the file that cannot be opened.
            file.getAbsoluteFile().getParentFile().mkdirs();
            return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(file, true), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the kitchen's events to " + file, e);
        }
    }
}
