package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.verdict.LabResult;

import java.nio.file.Path;
import java.time.Duration;

/**
 * An inspector of its own, for the tests that stop one the way an IDE's stop button, a CI cancel or a kill would:
 * runs one lab ({@code <work dir> <lab id> <class>}) with a minute to live, then prints its verdict.
 */
public final class InspectorMain {
    private InspectorMain() {
    }

    /** Runs the lab and prints its verdict. */
    public static void main(String[] args) {
        LabResult result = KitchenRuns.run(LabCatalogue.select(args[1]).get(0), args[2], Path.of(args[0]),
                Duration.ofMillis(500), Duration.ofMinutes(1));
        System.out.println(result.verdict());
    }
}
