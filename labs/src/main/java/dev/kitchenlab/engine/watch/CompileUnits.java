package dev.kitchenlab.engine.watch;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.lab.Lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Splits a project's Java files into what is compiled together: each lab folder ({@code …/lab03}) on its own, and
 * the code outside the lab folders, which the labs may use, compiled first.
 */
final class CompileUnits {
    static final String OUTSIDE_LABS = "the code outside the lab folders";
    private static final Pattern LAB_FOLDER = Pattern.compile("lab\\d\\d");

    private CompileUnits() {
    }

    /** The units of these files, the code outside the lab folders first, then the labs in order. */
    static List<CompileUnit> of(List<Path> roots, Collection<Path> files) {
        Map<String, List<Path>> byUnit = new TreeMap<>();
        List<Path> outside = new ArrayList<>();
        for (Path file : files) {
            Optional<String> folder = labFolderOf(roots, file);
            if (folder.isPresent()) {
                byUnit.computeIfAbsent(folder.get(), name -> new ArrayList<>()).add(file);
            } else {
                outside.add(file);
            }
        }
        List<CompileUnit> units = new ArrayList<>();
        if (!outside.isEmpty()) {
            units.add(new CompileUnit(OUTSIDE_LABS, Optional.empty(), sorted(outside)));
        }
        byUnit.forEach((folder, sources) -> units.add(new CompileUnit(folder, labOf(folder), sorted(sources))));
        return units;
    }

    /** The name of the lab folder the file is in ({@code lab03}), if it is in one under a root. */
    static Optional<String> labFolderOf(List<Path> roots, Path file) {
        for (Path root : roots) {
            if (!file.startsWith(root)) {
                continue;
            }
            Path relative = root.relativize(file).getParent();
            for (int i = relative == null ? -1 : relative.getNameCount() - 1; i >= 0; i--) {
                String name = relative.getName(i).toString();
                if (LAB_FOLDER.matcher(name).matches()) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Lab> labOf(String folder) {
        return LabCatalogue.all().stream().filter(lab -> lab.packageSegment().equals(folder)).findFirst();
    }

    private static List<Path> sorted(List<Path> files) {
        return files.stream().sorted().toList();
    }
}
