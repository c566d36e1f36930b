package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.events.Durations;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a check for the console, the same for {@code mvn kitchen:check} and the JUnit tests: a header, one line
 * per lab with its verdict and figures, for a lab that did not pass what happened, where to look and what to do
 * next, and a summary.
 */
public final class ConsoleReport {
    /** The width of the title column: a title no longer keeps every lab's figures in one column. */
    public static final int TITLE_WIDTH = 34;
    // The longest label of the catalogue ("12 starvation"), so that every lab's title starts in one column.
    private static final int LABEL_WIDTH = LabCatalogue.all().stream().mapToInt(lab -> lab.label().length()).max()
            .orElse(0);
    private static final String INDENT = "      ";
    private final Path projectDir;

    /** Paths are shown relative to {@code projectDir}. */
    public ConsoleReport(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /** The first line: the tick, the CPUs and the JDK the labs run with. */
    public ConsoleLine header(Duration tick, Calibration calibration, int jdk) {
        return new ConsoleLine(ConsoleLine.Level.INFO, String.format(
                "Kitchen check · 1 tick = %s (the talk's 10 s) · %d CPUs · JDK %d · %s", Durations.format(tick),
                calibration.cpus(), jdk, calibration.describe())).styled("Kitchen check", ConsoleLine.Style.STRONG);
    }

    /** The lines of one lab. */
    public List<ConsoleLine> lab(LabOutcome outcome) {
        List<ConsoleLine> lines = new ArrayList<>();
        if (outcome.absent()) {
            lines.add(info(String.format("  %-" + LABEL_WIDTH + "s %-" + TITLE_WIDTH + "s not in this project",
                    outcome.lab().label(), outcome.lab().title())));
            return lines;
        }
        LabResult result = outcome.result();
        Verdict verdict = result.verdict();
        String head = String.format("%s %-" + LABEL_WIDTH + "s %-" + TITLE_WIDTH + "s ", verdict.symbol(),
                outcome.lab().label(), outcome.lab().title());
        // The mark and the label share one style, so that a search for "✘ 03" finds the line in colour too.
        String marked = verdict.symbol() + " " + outcome.lab().label();
        if (verdict == Verdict.PASS) {
            lines.add(styled(info(head + result.figures().summary()), marked, verdict));
            return lines;
        }
        ConsoleLine.Level level = verdict.failsTheCheck() ? ConsoleLine.Level.ERROR : ConsoleLine.Level.WARN;
        Finding decisive = result.decisive();
        lines.add(styled(styled(new ConsoleLine(level, head + verdict + ": " + decisive.message()), marked, verdict),
                verdict + ":", verdict));
        String figures = result.figures().summary();
        if (!figures.isEmpty()) {
            lines.add(new ConsoleLine(level, INDENT + "measured: " + figures));
        }
        if (verdict.failsTheCheck()) {
            lines.add(new ConsoleLine(level, INDENT + "the talk: " + outcome.lab().claim()));
        }
        for (Finding other : result.problems()) {
            if (other != decisive) {
                lines.add(new ConsoleLine(level, INDENT + "also " + other.verdict() + ": " + other.message()));
            }
        }
        outcome.source().ifPresent(source -> lines.add(new ConsoleLine(level, INDENT + "look at:  " + shown(source)
                + lineNamed(source, decisive, result.problems()))));
        String again = "mvn kitchen:check -Dlab=" + outcome.lab().id();
        lines.add(new ConsoleLine(level, INDENT + "next:     " + (decisive.advice().isEmpty() ? again
                : decisive.advice() + (decisive.advice().contains(again) ? "" : "; then " + again))));
        for (String output : result.outputTail()) {
            lines.add(new ConsoleLine(level, INDENT + "| " + output));
        }
        return lines;
    }

    /** The closing line: how many labs are done, and how many did not pass. */
    public ConsoleLine summary(CheckReport report) {
        if (report.nothingFound()) {
            return new ConsoleLine(ConsoleLine.Level.ERROR, "No lab was found in this project: the labs are "
                    + LabCatalogue.listing() + ", each a class in a package ending in .labNN");
        }
        long failed = report.failures().size();
        long unsure = report.results().stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).count();
        String tally = String.format("%d of %d labs done", report.passed(), report.runnable());
        return tallied(tally, failed, unsure, "");
    }

    /**
     * The closing lines over the whole project: how many of its labs are done (those not checked this time keep
     * their last verdict), how many failed this time, the next lab to do, and a warning if the tally was not kept.
     */
    public List<ConsoleLine> summary(CheckReport report, ProgressSummary progress) {
        // A project with no lab in it (a lab too new for this JDK is SKIPPED all the same) has no progress to tell.
        if (report.nothingFound()) {
            return List.of(summary(report));
        }
        long failed = report.failures().size();
        long unsure = report.results().stream().filter(r -> r.verdict() == Verdict.INCONCLUSIVE).count();
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(tallied(progress.tally(), failed, unsure, " · " + progress.nextStep()));
        if (!progress.notSaved().isEmpty()) {
            lines.add(new ConsoleLine(ConsoleLine.Level.WARN, progress.notSaved()));
        }
        return lines;
    }

    /** {@code 2 of 12 labs done · 1 failed · 1 inconclusive (…)}, then {@code after}, each count in its style. */
    private static ConsoleLine tallied(String tally, long failed, long unsure, String after) {
        String failures = failed > 0 ? failed + " failed" : "";
        String doubts = unsure > 0 ? unsure + " inconclusive" : "";
        String text = tally + (failed > 0 ? " · " + failures : "")
                + (unsure > 0 ? " · " + doubts + " (run again on a quieter machine)" : "") + after;
        return new ConsoleLine(failed > 0 ? ConsoleLine.Level.ERROR : ConsoleLine.Level.INFO, text)
                .styled(tally, ConsoleLine.Style.STRONG).styled(failures, ConsoleLine.Style.FAILURE)
                .styled(doubts, ConsoleLine.Style.WARNING);
    }

    /** The style a verdict's mark and word are shown in: none for SKIPPED, which is neither good nor bad news. */
    private static Optional<ConsoleLine.Style> styleOf(Verdict verdict) {
        return switch (verdict) {
            case PASS -> Optional.of(ConsoleLine.Style.SUCCESS);
            case SKIPPED -> Optional.empty();
            case INCONCLUSIVE -> Optional.of(ConsoleLine.Style.WARNING);
            default -> Optional.of(ConsoleLine.Style.FAILURE);
        };
    }

    private static ConsoleLine styled(ConsoleLine line, String part, Verdict verdict) {
        return styleOf(verdict).map(style -> line.styled(part, style)).orElse(line);
    }

    /**
     * The line of {@code source} that a finding's stack frame names ({@code (ManyCooks.java:29)}), as {@code :29}:
     * the frame form is the link in the IDE consoles, {@code path:line} the one terminals and editors follow.
     */
    private static String lineNamed(Path source, Finding decisive, List<Finding> problems) {
        Pattern frame = Pattern.compile("\\(" + Pattern.quote(source.getFileName().toString()) + ":(\\d+)\\)");
        List<Finding> findings = new ArrayList<>(List.of(decisive));
        findings.addAll(problems);
        for (Finding finding : findings) {
            Matcher named = frame.matcher(finding.message());
            if (named.find()) {
                return ":" + named.group(1);
            }
        }
        return "";
    }

    private String shown(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        return absolute.startsWith(projectDir) ? projectDir.relativize(absolute).toString() : absolute.toString();
    }

    private static ConsoleLine info(String text) {
        return new ConsoleLine(ConsoleLine.Level.INFO, text);
    }
}
