package dev.kitchenlab.engine.progress;

import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.verdict.Verdict;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Progress kept in {@code .kitchen/progress.properties}, two plain lines a lab ({@code 03.last=FAIL},
 * {@code 03.passedOnce=true}): read by the hint ladder, updated by every check, from Maven or a lab's JUnit test.
 */
public final class ProgressBook {
    /** The file's name in {@code .kitchen/}. */
    public static final String FILE = "progress.properties";
    private static final String LAST = ".last";
    private static final String PASSED_ONCE = ".passedOnce";
    private static final String COMMENT = "Kitchen Lab: the last verdict of each lab and whether it ever passed. "
            + "Written by mvn kitchen:check and the lab tests; delete it to start the tally again.";
    private final KitchenFolder folder;

    /** The book of the project whose state folder is {@code folder}. */
    public ProgressBook(KitchenFolder folder) {
        this.folder = folder;
    }

    /** The progress recorded so far; none when the file is missing (a new project) or unreadable. */
    public Progress read() {
        return parse(folder.read(FILE));
    }

    /**
     * Adds the verdicts of a check to the book, keeping every other lab's record.
     *
     * @return the progress now recorded
     * @throws java.io.UncheckedIOException when {@code .kitchen/} cannot be written, naming it
     */
    public Progress record(Map<String, Verdict> verdicts) {
        Map<String, String> written = folder.update(FILE, COMMENT, entries -> {
            Progress progress = parse(entries);
            for (Map.Entry<String, Verdict> verdict : verdicts.entrySet()) {
                progress = progress.with(verdict.getKey(), verdict.getValue());
            }
            return format(progress);
        });
        return parse(written);
    }

    private static Progress parse(Map<String, String> entries) {
        Map<String, LabRecord> labs = new TreeMap<>();
        entries.forEach((key, value) -> {
            if (key.endsWith(LAST)) {
                String id = key.substring(0, key.length() - LAST.length());
                verdict(value).ifPresent(last -> labs.put(id,
                        new LabRecord(last, Boolean.parseBoolean(entries.get(id + PASSED_ONCE)))));
            }
        });
        return new Progress(labs);
    }

    private static Optional<Verdict> verdict(String name) {
        try {
            return Optional.of(Verdict.valueOf(name.trim()));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty(); // a line edited by hand is forgotten, not fatal
        }
    }

    private static Map<String, String> format(Progress progress) {
        Map<String, String> entries = new TreeMap<>();
        progress.records().forEach((id, record) -> {
            entries.put(id + LAST, record.last().name());
            entries.put(id + PASSED_ONCE, Boolean.toString(record.passedOnce()));
        });
        return entries;
    }
}
