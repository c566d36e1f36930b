package dev.kitchenlab.engine.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the Java files under some source folders looked like at one moment: each file's modification time and size.
 * Polled rather than watched with file events, because events do not arrive in containers, on WSL's Windows drives
 * or on network folders, where students' projects often live.
 */
final class SourceStamps {
    private final Map<Path, Stamp> stamps;

    private SourceStamps(Map<Path, Stamp> stamps) {
        this.stamps = stamps;
    }

    /** When and how big one file was. */
    private record Stamp(long modifiedMillis, long size) {
    }

    /** The Java files under {@code roots} now; a root that does not exist holds none. */
    static SourceStamps take(List<Path> roots) {
        Map<Path, Stamp> found = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.getFileName().toString().endsWith(".java")).forEach(file -> {
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        if (attributes.isRegularFile()) {
                            found.put(file, new Stamp(attributes.lastModifiedTime().toMillis(), attributes.size()));
                        }
                    } catch (IOException goneMeanwhile) {
                        // An editor replacing the file as we look: the next poll sees the new one.
                    }
                });
            } catch (IOException | UncheckedIOException unreadable) {
                // A folder renamed or deleted as we walk it: the next poll sees what is there then.
            }
        }
        return new SourceStamps(found);
    }

    /** The files added, changed or deleted since {@code before}. */
    Set<Path> changedSince(SourceStamps before) {
        Set<Path> changed = new HashSet<>();
        stamps.forEach((file, stamp) -> {
            if (!stamp.equals(before.stamps.get(file))) {
                changed.add(file);
            }
        });
        before.stamps.keySet().stream().filter(file -> !stamps.containsKey(file)).forEach(changed::add);
        return changed;
    }

    /** Every file seen. */
    Set<Path> files() {
        return stamps.keySet();
    }
}
