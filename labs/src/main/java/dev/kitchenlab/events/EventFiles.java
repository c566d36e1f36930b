package dev.kitchenlab.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads back the events every JVM of a lab run wrote, on one timeline. */
public final class EventFiles {
    private EventFiles() {
    }

    /**
     * Adds something the inspector itself did to the run's folder, beside what the kitchen and its cooks reported,
     * so that the judges read one story.
     */
    public static void append(Path dir, Fact fact) throws IOException {
        Thread thread = Thread.currentThread();
        Event<?> event = new Event<>(Event.now(), ProcessHandle.current().pid(), thread.getId(), thread.getName(),
                fact);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("inspector-" + event.pid() + SideChannel.FILE_SUFFIX),
                EventCodec.encode(event) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * Writes events into the folder as one JVM of a run would have written them, under {@code name}: for a run put
     * together by hand (a test of what reads runs back), since the codec is this package's own.
     */
    public static void write(Path dir, String name, List<Event<?>> events) throws IOException {
        Files.createDirectories(dir);
        StringBuilder lines = new StringBuilder();
        events.forEach(event -> lines.append(EventCodec.encode(event)).append('\n'));
        Files.writeString(dir.resolve(name + SideChannel.FILE_SUFFIX), lines, StandardCharsets.UTF_8);
    }

    /** All events in the folder, oldest first; a line cut short by a kill is left out. */
    public static List<Event<?>> readAll(Path dir) throws IOException {
        List<Event<?>> events = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return events;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(SideChannel.FILE_SUFFIX)).toList()) {
                // Decoded leniently: a JVM killed mid-write leaves a cut line, maybe a cut character.
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    EventCodec.decode(line).ifPresent(events::add);
                }
            }
        }
        events.sort(Comparator.comparingLong(Event::epochNanos));
        return events;
    }
}
