package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The parts of a check's lines a front end may colour: a verdict's mark and label in the verdict's style, its word
 * too, the tally strong, the counts of failures and doubts in theirs; the plain text stays what it was.
 */
class ConsoleStylesTest {
    private static final Lab COOKS = LabCatalogue.select("03").get(0);

    @TempDir
    Path project;

    private LabOutcome outcome(Verdict verdict) {
        LabResult result = new LabResult(COOKS.id(), COOKS.name(), COOKS.title(),
                List.of(Finding.of(verdict, "made up")), Figures.NONE, List.of());
        return new LabOutcome(COOKS, "edu.school.lab03.ManyCooks", null, result);
    }

    /** Each styled part of a line, as {@code part -> style}. */
    private static Map<String, ConsoleLine.Style> styled(ConsoleLine line) {
        return line.spans().stream().collect(Collectors.toMap(span -> line.text().substring(span.start(), span.end()),
                ConsoleLine.Span::style));
    }

    @Test
    void aPassedLabHasItsMarkAndLabelInSuccessAndNothingElseStyled() {
        ConsoleLine line = new ConsoleReport(project).lab(outcome(Verdict.PASS)).get(0);

        assertThat(styled(line)).containsExactly(Map.entry("✔ " + COOKS.label(), ConsoleLine.Style.SUCCESS));
    }

    @Test
    void aFailedLabHasItsMarkLabelAndVerdictInFailure() {
        ConsoleLine line = new ConsoleReport(project).lab(outcome(Verdict.FAIL)).get(0);

        assertThat(styled(line)).containsOnly(Map.entry("✘ " + COOKS.label(), ConsoleLine.Style.FAILURE),
                Map.entry("FAIL:", ConsoleLine.Style.FAILURE));
        assertThat(line.text()).as("the plain text is the line the ITs grep").startsWith("✘ " + COOKS.label() + " ");
    }

    @Test
    void aCrashOrTimeoutIsAFailureToo() {
        for (Verdict verdict : List.of(Verdict.CRASH, Verdict.TIMEOUT, Verdict.ERROR)) {
            assertThat(styled(new ConsoleReport(project).lab(outcome(verdict)).get(0))).as(verdict.name())
                    .containsValue(ConsoleLine.Style.FAILURE).doesNotContainValue(ConsoleLine.Style.SUCCESS);
        }
    }

    @Test
    void anInconclusiveLabIsAWarningAndASkippedOneIsPlain() {
        assertThat(styled(new ConsoleReport(project).lab(outcome(Verdict.INCONCLUSIVE)).get(0))).containsOnly(
                Map.entry("? " + COOKS.label(), ConsoleLine.Style.WARNING),
                Map.entry("INCONCLUSIVE:", ConsoleLine.Style.WARNING));
        assertThat(new ConsoleReport(project).lab(outcome(Verdict.SKIPPED)).get(0).spans()).isEmpty();
    }

    @Test
    void theDetailLinesUnderAVerdictArePlain() {
        List<ConsoleLine> lines = new ConsoleReport(project).lab(outcome(Verdict.FAIL));

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.subList(1, lines.size())).allMatch(line -> line.spans().isEmpty());
    }

    @Test
    void theTallyIsStrongAndItsCountsOfFailuresAndDoubtsInTheirStyles() {
        CheckReport report = new CheckReport(List.of(outcome(Verdict.FAIL), outcome(Verdict.INCONCLUSIVE)),
                new Calibration(Duration.ZERO, Duration.ZERO, 2));

        ConsoleLine line = new ConsoleReport(project).summary(report);

        assertThat(styled(line)).containsOnly(Map.entry("0 of 2 labs done", ConsoleLine.Style.STRONG),
                Map.entry("1 failed", ConsoleLine.Style.FAILURE),
                Map.entry("1 inconclusive", ConsoleLine.Style.WARNING));
    }

    @Test
    void aStyleLooksForItsPartAfterTheLastOneAndIsLeftOutWhenThePartIsNotThere() {
        ConsoleLine line = new ConsoleLine(ConsoleLine.Level.INFO, "FAIL then FAIL")
                .styled("FAIL", ConsoleLine.Style.FAILURE).styled("FAIL", ConsoleLine.Style.WARNING)
                .styled("PASS", ConsoleLine.Style.SUCCESS);

        assertThat(line.spans()).containsExactly(new ConsoleLine.Span(0, 4, ConsoleLine.Style.FAILURE),
                new ConsoleLine.Span(10, 14, ConsoleLine.Style.WARNING));
    }

    @Test
    void spansThatOverlapOrLeaveTheLineAreRefused() {
        assertThatThrownBy(() -> new ConsoleLine(ConsoleLine.Level.INFO, "abc",
                List.of(new ConsoleLine.Span(0, 2, ConsoleLine.Style.STRONG),
                        new ConsoleLine.Span(1, 3, ConsoleLine.Style.STRONG))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsoleLine(ConsoleLine.Level.INFO, "abc",
                List.of(new ConsoleLine.Span(0, 4, ConsoleLine.Style.STRONG))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
