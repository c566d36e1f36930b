package dev.kitchenlab.engine.sources;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lab the student is on: the one whose folder holds the Java file saved last. What {@code -Dlab=current} names,
 * so that one shared IDE run configuration checks, hints, resets or runs whichever lab is being written, without a
 * prompt the IDE may not offer.
 */
public final class CurrentLab {
    /** The word that stands for the lab the student is on. */
    public static final String WORD = "current";

    private CurrentLab() {
    }

    /** The lab of the most recently saved Java file in a lab folder, empty when no lab folder holds one. */
    public static Optional<Lab> in(LabFolders folders) {
        Lab newest = null;
        FileTime newestSaved = null;
        for (Lab lab : LabCatalogue.all()) {
            for (LabFolders.LabFolder folder : folders.of(lab)) {
                Optional<FileTime> saved = lastSaved(folder.dir());
                if (saved.isPresent() && (newestSaved == null || saved.get().compareTo(newestSaved) > 0)) {
                    newest = lab;
                    newestSaved = saved.get();
                }
            }
        }
        return Optional.ofNullable(newest);
    }

    private static Optional<FileTime> lastSaved(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".java")).filter(Files::isRegularFile)
                    .map(CurrentLab::modified).max(FileTime::compareTo);
        } catch (IOException | UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }
}
