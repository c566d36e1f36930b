package dev.kitchenlab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs Maven in a project, as a student would from a terminal, and times it. */
final class Maven {
    private Maven() {
    }

    /**
     * Runs {@code mvn -o -B -q} with these arguments in {@code project} and returns its wall time in seconds.
     *
     * @throws IOException when Maven fails: a benchmark of a failing build would measure the wrong thing
     */
    static double run(Path project, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B", "-q"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("kitchen-benchmark-", ".log");
        try {
            long start = System.nanoTime();
            Process maven = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            int exit = maven.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " failed in " + project + " (exit " + exit + "):\n"
                        + Files.readString(log));
            }
            return seconds;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
