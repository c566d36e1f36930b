package dev.kitchenlab.engine.reset;

import dev.kitchenlab.engine.reset.ResetOutcome.Kind;
import dev.kitchenlab.engine.sources.KitFiles;
import dev.kitchenlab.engine.sources.KitFiles.KitFile;
import dev.kitchenlab.engine.sources.LabFolders;
import dev.kitchenlab.engine.sources.LabFolders.LabFolder;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts a lab's skeleton back: finds the lab's one folder in the project, keeps a copy of everything in it under
 * {@code .kitchen/backups/}, then writes the skeleton, filled in with the project's package, over the lab's class.
 * Other files of the folder are the student's own and stay as they are.
 */
public final class SkeletonReset {
    private final KitchenFolder state;
    private final LabFolders sources;
    private final KitFiles kit;
    private final Clock clock;

    /** A reset of the project whose state folder is {@code state}, whose sources {@code sources} lists. */
    public SkeletonReset(KitchenFolder state, LabFolders sources, KitFiles kit, Clock clock) {
        this.state = state;
        this.sources = sources;
        this.kit = kit;
        this.clock = clock;
    }

    /** Resets one lab; never throws for the project's state, which the outcome words instead. */
    public ResetOutcome reset(Lab lab) {
        Optional<KitFile> skeleton = kit.skeleton(lab);
        if (skeleton.isEmpty()) {
            return ResetOutcome.of(Kind.KIT_INCOMPLETE, "the kit carries no skeleton of lab " + lab.label()
                    + ", so nothing was changed: the kit was built without it; please report it");
        }
        List<LabFolder> folders = sources.of(lab);
        if (folders.size() > 1) {
            return ResetOutcome.of(Kind.REFUSED, "lab " + lab.label() + " is in more than one folder: "
                    + String.join(", ", folders.stream().map(f -> shown(f.dir())).toList())
                    + "; the kit cannot tell which one to reset, so nothing was changed",
                    "next: move or delete the copy you do not mean, then run mvn kitchen:reset -Dlab=" + lab.id());
        }
        Path folder;
        String basePackage;
        if (folders.size() == 1) {
            folder = folders.get(0).dir();
            basePackage = folders.get(0).basePackage();
        } else {
            Optional<String> found;
            try {
                found = sources.basePackage();
            } catch (IllegalStateException ambiguous) {
                return ResetOutcome.of(Kind.REFUSED, "lab " + lab.label() + " has no folder, and " + ambiguous.getMessage()
                        + "; nothing was changed", "next: create the folder " + lab.packageSegment()
                        + " in your package, then run mvn kitchen:reset -Dlab=" + lab.id());
            }
            if (found.isEmpty()) {
                return ResetOutcome.of(Kind.REFUSED, "lab " + lab.label() + " has no folder, and no other lab folder "
                        + "tells this project's package; nothing was changed", "next: create the folder "
                        + lab.packageSegment() + " in your package (e.g. src/main/java/org/example/kitchen/"
                        + lab.packageSegment() + "), then run mvn kitchen:reset -Dlab=" + lab.id());
            }
            basePackage = found.get();
            folder = rootFor(skeleton.get().folder()).resolve(basePackage.replace('.', '/')).resolve(lab.packageSegment());
        }
        return restore(lab, skeleton.get().asSkeleton(basePackage), folder, basePackage);
    }

    private ResetOutcome restore(Lab lab, String skeletonText, Path folder, String basePackage) {
        Path file = folder.resolve(lab.mainClass() + ".java");
        List<Path> theirs;
        try {
            if (Files.isRegularFile(file) && sameText(Files.readString(file, StandardCharsets.UTF_8), skeletonText)) {
                return ResetOutcome.of(Kind.ALREADY_SKELETON, "lab " + lab.label() + ": " + shown(file)
                        + " is already the skeleton; nothing was changed");
            }
            theirs = Backup.filesUnder(folder);
        } catch (IOException unreadable) {
            return ResetOutcome.of(Kind.REFUSED, "cannot read lab " + lab.label() + "'s folder " + shown(folder) + " ("
                    + unreadable + "); nothing was changed");
        }
        List<String> lines = new ArrayList<>();
        Path copy = null;
        if (!theirs.isEmpty()) {
            try {
                copy = new Backup(state, clock).keep(folder);
            } catch (IOException cannotKeep) {
                return ResetOutcome.of(Kind.REFUSED, "could not keep a copy of lab " + lab.label() + " in "
                        + shown(state.file("backups")) + " (" + cannotKeep + "), so nothing was changed",
                        "next: make " + KitchenFolder.NAME + " in the project writable (or move a file of that name "
                                + "away), then run mvn kitchen:reset -Dlab=" + lab.id() + " again");
            }
        }
        try {
            KitchenFolder.writeAtomically(file, skeletonText);
        } catch (UncheckedIOException cannotWrite) {
            return ResetOutcome.of(Kind.REFUSED, "could not write the skeleton of lab " + lab.label() + ": "
                    + cannotWrite.getMessage() + "; " + shown(file) + " is as it was"
                    + (copy == null ? "" : " (and a copy of it is in " + shown(copy) + ")"));
        }
        lines.add("lab " + lab.label() + ": " + shown(file) + " is the skeleton again, in package "
                + (basePackage.isEmpty() ? "" : basePackage + ".") + lab.packageSegment());
        if (copy == null) {
            lines.add("the lab's folder held no file, so there was nothing to keep");
        } else {
            lines.add("your version was kept first, with every file of its folder, in " + shown(copy)
                    + " (mvn clean leaves " + KitchenFolder.NAME + "/ alone)");
            if (theirs.contains(file)) {
                lines.add("to get it back: copy " + shown(copy.resolve(lab.mainClass() + ".java")) + " over "
                        + shown(file));
            }
            List<String> others = theirs.stream().filter(f -> !f.equals(file)).map(this::shown).toList();
            if (!others.isEmpty()) {
                lines.add("left as they were (yours, not part of the skeleton): " + String.join(", ", others));
            }
        }
        lines.add("next: mvn kitchen:check -Dlab=" + lab.id() + " shows where the lab starts; mvn kitchen:hint -Dlab="
                + lab.id() + " gives a hint");
        return new ResetOutcome(Kind.RESTORED, lines);
    }

    /** The source folder a new lab folder goes in: the project's one named like the kit's ({@code java}). */
    private Path rootFor(String folderName) {
        return sources.sourceRoots().stream().filter(root -> root.getFileName().toString().equals(folderName))
                .findFirst().orElse(state.projectDir().resolve("src").resolve("main").resolve(folderName));
    }

    /** Equal but for line endings: Git on Windows may check a file out with CRLF. */
    private static boolean sameText(String a, String b) {
        return a.replace("\r\n", "\n").equals(b.replace("\r\n", "\n"));
    }

    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(state.projectDir()) ? state.projectDir().relativize(absolute).toString()
                : absolute.toString();
    }
}
