package dev.kitchenlab.catalogue.lab01;

import dev.kitchenlab.evidence.PrintedLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code ps u} row a student's program printed about itself: a header line naming the columns, as {@code ps}
 * prints one, and the line under it. Columns are found by their heading, in any order; others ({@code TTY},
 * {@code TIME}, {@code COMMAND}, …) may stand beside them.
 *
 * @param header the heading line
 * @param row the line under it
 * @param headings the headings, upper case
 * @param values the row's values, one per heading
 */
record PsRow(PrintedLine header, PrintedLine row, List<String> headings, List<String> values) {
    /** The headings the lab asks for. */
    static final List<String> ASKED = List.of("USER", "PID", "%CPU", "%MEM", "VSZ", "RSS", "STAT", "THREADS", "FILES");

    /** The first header line with a row under it, among the lines the kitchen printed. */
    static Optional<PsRow> find(List<PrintedLine> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            List<String> headings = words(lines.get(i).text().toUpperCase(Locale.ROOT));
            if (headings.contains("PID") && headings.contains("RSS")) {
                List<String> values = words(lines.get(i + 1).text());
                return Optional.of(new PsRow(lines.get(i), lines.get(i + 1), headings, values));
            }
        }
        return Optional.empty();
    }

    /** The headings asked for that are missing. */
    List<String> missing() {
        return ASKED.stream().filter(h -> !headings.contains(h)).toList();
    }

    /** Whether there is a value under every heading (a last {@code COMMAND} may hold spaces, so more is fine). */
    boolean complete() {
        return values.size() >= headings.size();
    }

    /** The value under a heading, as printed. */
    String text(String heading) {
        int at = headings.indexOf(heading);
        return at >= 0 && at < values.size() ? values.get(at) : "";
    }

    /** The value under a heading as a number (a decimal comma read as a point), or empty if it is not one. */
    Optional<Double> number(String heading) {
        try {
            return Optional.of(Double.parseDouble(text(heading).replace(',', '.')));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static List<String> words(String line) {
        String trimmed = line.trim();
        return trimmed.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
    }
}
