package dev.kitchenlab.plugin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders a student's labs are written in: the project's source folders, and {@code src/main/java21}, where lab
 * 15 lives. The project adds that folder to its build only on a JDK 21+ (a profile does), so Maven's own list misses
 * it on JDK 17; the goals that look for a lab's files look there too.
 */
final class LabSourceRoots {
    private LabSourceRoots() {
    }

    /** Maven's source folders of the project, then {@code src/main/java21} when it exists and is not among them. */
    static List<Path> of(File projectDir, List<String> compileSourceRoots) {
        List<Path> roots = new ArrayList<>(CheckSettings.paths(compileSourceRoots));
        Path java21 = projectDir.toPath().resolve("src/main/java21").toAbsolutePath().normalize();
        if (Files.isDirectory(java21) && roots.stream().noneMatch(root -> root.toAbsolutePath().normalize()
                .equals(java21))) {
            roots.add(java21);
        }
        return roots;
    }
}
