package dev.kitchenlab.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Reads back the events every JVM of a lab run wrote, on one timeline. */
public final class EventFiles {
    private EventFiles() {
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
