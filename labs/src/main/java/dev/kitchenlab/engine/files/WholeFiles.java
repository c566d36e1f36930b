package dev.kitchenlab.engine.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file by one written beside it under a temporary name, atomically where the file system can: a reader
 * (a CI server, a browser, a check running beside this one) sees the old file or the new one, never half of either.
 */
public final class WholeFiles {
    private WholeFiles() {
    }

    /**
     * Writes a file through {@code writer} into a temporary file in {@code file}'s folder, then moves it over
     * {@code file}; the temporary file is gone afterwards, whether it worked or not.
     */
    public static void replace(Path file, Writer writer) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            writer.writeTo(temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes a file's whole content. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the content into {@code file}. */
        void writeTo(Path file) throws IOException;
    }
}
