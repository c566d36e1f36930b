package dev.kitchenlab.engine.reset;

import dev.kitchenlab.engine.state.KitchenFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a lab's folder in {@code .kitchen/backups/<time>/}, at the same path it has in the project, so the way
 * back is a copy from one path to the other. Each backup gets a folder of its own, never overwriting an older one.
 */
final class Backup {
    /** Seconds, in UTC, with no colon (Windows allows none in a file name). */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);
    private final KitchenFolder state;
    private final Clock clock;

    Backup(KitchenFolder state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /**
     * Copies every file under {@code folder} into a new backup folder and checks each copy against its original.
     *
     * @return the copy of {@code folder}
     * @throws IOException when a file cannot be read, copied or checked: the caller must then change nothing
     */
    Path keep(Path folder) throws IOException {
        Path backups = state.file("backups");
        String stamp = STAMP.format(clock.instant());
        Path backup = backups.resolve(stamp);
        for (int n = 2; Files.exists(backup); n++) {
            backup = backups.resolve(stamp + "-" + n); // two resets in one second
        }
        Path project = state.projectDir();
        Path copy = backup.resolve(folder.startsWith(project) ? project.relativize(folder)
                : Path.of(folder.getFileName().toString()));
        for (Path file : filesUnder(folder)) {
            Path target = copy.resolve(folder.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            if (Files.mismatch(file, target) != -1) {
                throw new IOException("the copy " + target + " differs from " + file);
            }
        }
        return copy;
    }

    /** The regular files under a folder, sorted. */
    static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
