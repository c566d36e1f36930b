package dev.kitchenlab.engine.sources;

import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lab folders of a student's project: every folder named {@code labNN} under its source folders, whatever the
 * base package above it. The base package is read from them, so the kit fills in the package the student chose
 * when the project was generated.
 */
public final class LabFolders {
    private static final Pattern LAB_FOLDER = Pattern.compile("lab\\d\\d");
    private final List<Path> sourceRoots;

    /** The lab folders under {@code sourceRoots} ({@code src/main/java}); a root that does not exist holds none. */
    public LabFolders(List<Path> sourceRoots) {
        this.sourceRoots = sourceRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    /** The source folders, as given. */
    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    /** Every folder of this lab ({@code …/lab03}); more than one means the kit cannot tell which is meant. */
    public List<LabFolder> of(Lab lab) {
        return all().stream().filter(folder -> folder.dir().getFileName().toString().equals(lab.packageSegment()))
                .toList();
    }

    /**
     * The project's base package, read from its lab folders: empty when it has none.
     *
     * @throws IllegalStateException when the lab folders sit in more than one base package, naming them
     */
    public Optional<String> basePackage() {
        Set<String> packages = all().stream().map(LabFolder::basePackage).collect(Collectors.toCollection(TreeSet::new));
        if (packages.size() > 1) {
            throw new IllegalStateException("this project's labs are in more than one package ("
                    + String.join(", ", packages) + "), so the kit cannot tell which one is yours");
        }
        return packages.stream().findFirst();
    }

    private List<LabFolder> all() {
        List<LabFolder> found = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> dirs = Files.walk(root)) {
                dirs.filter(Files::isDirectory).filter(dir -> !dir.equals(root))
                        .filter(dir -> LAB_FOLDER.matcher(dir.getFileName().toString()).matches())
                        .sorted().forEach(dir -> found.add(new LabFolder(root, dir)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException("cannot read the source folder " + root, unreadable);
            }
        }
        return found;
    }

    /**
     * One lab folder.
     *
     * @param root the source folder it is in ({@code src/main/java})
     * @param dir the folder itself ({@code src/main/java/org/example/kitchen/lab03})
     */
    public record LabFolder(Path root, Path dir) {

        /** The package above the lab's: {@code org.example.kitchen}; empty for a lab folder right in the root. */
        public String basePackage() {
            Path parent = root.relativize(dir).getParent();
            return parent == null ? "" : parent.toString().replace(parent.getFileSystem().getSeparator(), ".");
        }
    }
}
