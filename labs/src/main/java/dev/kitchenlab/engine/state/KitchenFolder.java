package dev.kitchenlab.engine.state;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The {@code .kitchen/} folder of one project: small properties files read leniently (a missing or damaged file
 * is an empty one, since it only remembers what the kit can learn again) and written atomically.
 */
public final class KitchenFolder {
    /** The folder's name at the project root; the generated {@code .gitignore} names it too. */
    public static final String NAME = ".kitchen";
    private final Path projectDir;

    /** The state folder of the project in {@code projectDir}; nothing is created until something is written. */
    public KitchenFolder(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /** The project's folder. */
    public Path projectDir() {
        return projectDir;
    }

    /** The {@code .kitchen/} folder itself. */
    public Path dir() {
        return projectDir.resolve(NAME);
    }

    /** A file in {@code .kitchen/}. */
    public Path file(String name) {
        return dir().resolve(name);
    }

    /** The entries of a properties file of {@code .kitchen/}, sorted; empty when it is missing or unreadable. */
    public Map<String, String> read(String name) {
        Path file = file(name);
        Map<String, String> entries = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException unreadable) {
            return entries; // a damaged state file costs a student a hint or a tally, never a build
        }
        properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key)));
        return entries;
    }

    /**
     * Reads, changes and writes a properties file of {@code .kitchen/} while holding a lock on it, so that two checks
     * finishing at once (the IDE's and the terminal's) each add their labs and neither loses the other's.
     *
     * @return the entries written
     * @throws UncheckedIOException when the folder cannot be written, naming it
     */
    public Map<String, String> update(String name, String comment, UnaryOperator<Map<String, String>> change) {
        synchronized (KitchenFolder.class) { // a file lock guards against other JVMs only
            try {
                Files.createDirectories(dir());
                try (FileChannel channel = FileChannel.open(file(name + ".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    Map<String, String> changed = change.apply(read(name));
                    write(name, comment, changed);
                    return changed;
                }
            } catch (IOException cannot) {
                throw new UncheckedIOException("cannot write in " + dir() + " (" + cannot + ")", cannot);
            }
        }
    }

    /**
     * Writes a properties file of {@code .kitchen/}: under a temporary name first, then moved into place, so that
     * a reader never sees half a file.
     *
     * @throws UncheckedIOException when the folder cannot be written, naming it
     */
    public void write(String name, String comment, Map<String, String> entries) {
        Properties properties = new Properties();
        properties.putAll(entries);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, comment);
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot); // a StringWriter does not fail
        }
        // Properties.store writes in hash order: sort the lines after the comments so the file reads like a list.
        String[] lines = text.toString().split("\\R");
        StringBuilder sorted = new StringBuilder();
        List<String> body = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#")) {
                sorted.append(line).append('\n');
            } else if (!line.isEmpty()) {
                body.add(line);
            }
        }
        body.stream().sorted().forEach(line -> sorted.append(line).append('\n'));
        writeAtomically(file(name), sorted.toString());
    }

    /**
     * Writes a file anywhere under the project: a temporary file beside it, then moved into place.
     *
     * @throws UncheckedIOException when it cannot be written, naming the file
     */
    public static void writeAtomically(Path target, String text) {
        Path temporary = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write(text);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notHere) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException cannot) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the first failure is the one worth reporting
            }
            throw new UncheckedIOException("cannot write " + target + " (" + cannot + ")", cannot);
        }
    }
}
