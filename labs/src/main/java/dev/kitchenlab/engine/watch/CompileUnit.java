package dev.kitchenlab.engine.watch;

import dev.kitchenlab.lab.Lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Sources compiled together: one lab's folder, or the code of a source folder outside any lab folder. Each lab is
 * compiled on its own, so that a lab that does not compile keeps no other lab from being checked.
 *
 * @param name how the console names it: {@code lab03}, or {@code the code outside the lab folders}
 * @param lab the lab of the folder, empty for code outside the lab folders or a folder the catalogue does not know
 * @param sources its Java files
 */
public record CompileUnit(String name, Optional<Lab> lab, List<Path> sources) {

    /** Copies the parts. */
    public CompileUnit {
        sources = List.copyOf(sources);
    }
}
