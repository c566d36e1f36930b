package dev.kitchenlab.engine.hints;

import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;

import java.util.Map;

/**
 * How far up each lab's hints a student has climbed, kept in {@code .kitchen/hints.properties} as
 * {@code 03=2} (two hints of lab 03 seen).
 */
final class HintLadder {
    static final String FILE = "hints.properties";
    private static final String COMMENT = "Kitchen Lab: how many hints of each lab you have seen. "
            + "Delete a line to climb that lab's ladder again.";
    private final KitchenFolder folder;

    HintLadder(KitchenFolder folder) {
        this.folder = folder;
    }

    /**
     * One rung up: the number of the hint to show now, 1 for a lab never asked about; past the last one it stays at
     * the last + 1, so the caller can tell the student the ladder is climbed.
     *
     * @throws java.io.UncheckedIOException when {@code .kitchen/} cannot be written
     */
    int climb(Lab lab) {
        int[] shown = new int[1];
        folder.update(FILE, COMMENT, seen -> {
            int next = Math.min(seenOf(seen, lab) + 1, lab.hints().size() + 1);
            shown[0] = next;
            seen.put(lab.id(), Integer.toString(Math.min(next, lab.hints().size())));
            return seen;
        });
        return shown[0];
    }

    /** The rung {@link #climb} would reach, without writing: used when {@code .kitchen/} cannot be written. */
    int peek(Lab lab) {
        return Math.min(seenOf(folder.read(FILE), lab) + 1, lab.hints().size() + 1);
    }

    private static int seenOf(Map<String, String> seen, Lab lab) {
        try {
            return Math.max(0, Integer.parseInt(seen.getOrDefault(lab.id(), "0").trim()));
        } catch (NumberFormatException editedByHand) {
            return 0;
        }
    }
}
