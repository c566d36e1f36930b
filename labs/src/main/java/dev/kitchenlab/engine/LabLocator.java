package dev.kitchenlab.engine;

import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a lab's class among compiled classes, whatever the student's base package: the class named in the
 * catalogue, in a package whose last segment is {@code labNN}.
 */
final class LabLocator {
    private final Path classesDir;

    /** A locator over a folder of compiled classes ({@code target/classes}). */
    LabLocator(Path classesDir) {
        this.classesDir = classesDir;
    }

    /**
     * The binary name of the lab's class, or empty if this project has none.
     *
     * @throws IllegalStateException when two packages hold the lab, since the kit cannot tell which to run
     */
    Optional<String> find(Lab lab) {
        if (!Files.isDirectory(classesDir)) {
            return Optional.empty();
        }
        String fileName = lab.mainClass() + ".class";
        try (Stream<Path> files = Files.walk(classesDir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().equals(fileName))
                    .filter(f -> f.getParent() != null
                            && f.getParent().getFileName().toString().equals(lab.packageSegment()))
                    .sorted().toList();
            if (found.size() > 1) {
                throw new IllegalStateException("lab " + lab.id() + " is in more than one package: "
                        + found.stream().map(this::binaryName).collect(Collectors.joining(", "))
                        + "; keep one " + lab.packageSegment() + "." + lab.mainClass());
            }
            return found.stream().findFirst().map(this::binaryName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled classes in " + classesDir, e);
        }
    }

    private String binaryName(Path classFile) {
        String relative = classesDir.relativize(classFile).toString();
        return relative.substring(0, relative.length() - ".class".length())
                .replace(classFile.getFileSystem().getSeparator(), ".");
    }
}
