package dev.kitchenlab.engine.hints;

import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.progress.ProgressBook;
import dev.kitchenlab.engine.sources.KitFiles;
import dev.kitchenlab.engine.sources.KitFiles.KitFile;
import dev.kitchenlab.engine.sources.LabFolders;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code kitchen:hint}: the next hint of a lab's ladder, or, once the lab has passed (or when the student
 * asks with {@value #SHOW_SOLUTION}), the kit's reference solution in the project's own package, marked as the
 * kit's and not the student's.
 */
public final class HintDesk {
    /** The switch that shows a reference solution before its lab has passed. */
    public static final String SHOW_SOLUTION = "-Dkitchen.showSolution=true";
    private static final String INDENT = "    ";
    private final KitchenFolder state;
    private final LabFolders sources;
    private final KitFiles kit;

    /** The desk of the project whose state folder is {@code state}. */
    public HintDesk(KitchenFolder state, LabFolders sources, KitFiles kit) {
        this.state = state;
        this.sources = sources;
        this.kit = kit;
    }

    /** What to show for one call of {@code kitchen:hint}. */
    public List<ConsoleLine> ask(Lab lab, boolean showSolution) {
        boolean passed = new ProgressBook(state).read().passedOnce(lab.id());
        if (passed || showSolution) {
            return solution(lab, passed);
        }
        return nextHint(lab);
    }

    private List<ConsoleLine> nextHint(Lab lab) {
        List<ConsoleLine> lines = new ArrayList<>();
        List<String> hints = lab.hints();
        String check = "mvn kitchen:check -Dlab=" + lab.id();
        if (hints.isEmpty()) {
            lines.add(info("lab " + lab.label() + " has no hints; its skeleton's comments say what to write"));
            lines.add(info("next: " + check + " names what is missing; the reference solution shows here once the "
                    + "lab passes (or now, with " + SHOW_SOLUTION + ")"));
            return lines;
        }
        int number;
        try {
            number = new HintLadder(state).climb(lab);
        } catch (UncheckedIOException cannotWrite) {
            number = new HintLadder(state).peek(lab);
            lines.add(warn("the kit cannot remember which hints you have seen (" + cannotWrite.getMessage()
                    + "): make " + KitchenFolder.NAME + " in the project writable, or this hint comes again"));
        }
        int total = hints.size();
        String afterTheLast = "next: write it, then " + check + "; once the lab passes, mvn kitchen:hint -Dlab="
                + lab.id() + " shows the kit's reference solution to compare with yours (or now, with "
                + SHOW_SOLUTION + ")";
        if (number > total) {
            lines.add(info("lab " + lab.label() + ": you have seen all " + total + " hints; here they are again:"));
            for (int i = 0; i < total; i++) {
                lines.add(info(INDENT + (i + 1) + ". " + hints.get(i)));
            }
            lines.add(info(afterTheLast));
            return lines;
        }
        lines.add(info("lab " + lab.label() + " · hint " + number + " of " + total + (number == total ? " (the last)" : "")
                + ":"));
        lines.add(info(INDENT + hints.get(number - 1)));
        lines.add(info(number == total ? afterTheLast : "next: try it with " + check + ", or mvn kitchen:hint -Dlab="
                + lab.id() + " again for hint " + (number + 1) + " of " + total));
        return lines;
    }

    private List<ConsoleLine> solution(Lab lab, boolean passed) {
        List<ConsoleLine> lines = new ArrayList<>();
        Optional<KitFile> reference = kit.solution(lab);
        if (reference.isEmpty()) {
            lines.add(warn("the kit carries no reference solution of lab " + lab.label() + "; its hints are:"));
            lab.hints().forEach(hint -> lines.add(info(INDENT + hint)));
            return lines;
        }
        String basePackage = projectPackage(lab).orElse(KitFiles.REFERENCE_PACKAGE);
        lines.add(info(passed ? "lab " + lab.label() + " has passed, so here is the kit's reference solution, one way "
                + "among others, to compare with yours:"
                : "you asked for it with " + SHOW_SOLUTION + ": lab " + lab.label() + " has not passed yet, and this "
                + "is the kit's reference solution, one way among others:"));
        String path = (basePackage.isEmpty() ? "" : basePackage.replace('.', '/') + "/") + lab.packageSegment() + "/"
                + lab.mainClass() + ".java";
        lines.add(info("----- the kit's reference solution (not your file; nothing was written): " + path + " -----"));
        reference.get().asSolution(basePackage).lines().forEach(line -> lines.add(info(line)));
        lines.add(info("----- end of the kit's reference solution of lab " + lab.label() + " -----"));
        return lines;
    }

    /** The package the student's labs are in, so the reference reads like their own file. */
    private Optional<String> projectPackage(Lab lab) {
        List<LabFolders.LabFolder> own = sources.of(lab);
        if (own.size() == 1) {
            return Optional.of(own.get(0).basePackage());
        }
        try {
            return sources.basePackage();
        } catch (IllegalStateException ambiguous) {
            return Optional.empty();
        }
    }

    private static ConsoleLine info(String text) {
        return new ConsoleLine(ConsoleLine.Level.INFO, text);
    }

    private static ConsoleLine warn(String text) {
        return new ConsoleLine(ConsoleLine.Level.WARN, text);
    }
}
