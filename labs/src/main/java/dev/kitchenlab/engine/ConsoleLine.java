package dev.kitchenlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a check's console output, with how loud it is: a front end maps the level to its own logger. Parts of
 * the line may carry a {@link Style} (a verdict's mark, a tally) that a front end able to colour shows in colour;
 * {@link #text()} is the plain line, the same with or without them.
 *
 * @param level how loud
 * @param text the line, without a line break
 * @param spans the styled parts of {@code text}, in order and apart
 */
public record ConsoleLine(Level level, String text, List<Span> spans) {

    /** A line whose parts are all plain. */
    public ConsoleLine(Level level, String text) {
        this(level, text, List.of());
    }

    /** Keeps the spans inside the text and in order, so that a front end can cut the line by them. */
    public ConsoleLine {
        spans = List.copyOf(spans);
        int end = 0;
        for (Span span : spans) {
            if (span.start() < end || span.end() > text.length()) {
                throw new IllegalArgumentException("span " + span + " overlaps another or leaves: " + text);
            }
            end = span.end();
        }
    }

    /**
     * This line with the first {@code part} after the last styled one given {@code style}; the line as it is when
     * {@code part} is not there (a style is a nicety: a line never fails for want of one).
     */
    public ConsoleLine styled(String part, Style style) {
        int from = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
        int start = part.isEmpty() ? -1 : text.indexOf(part, from);
        if (start < 0) {
            return this;
        }
        List<Span> more = new ArrayList<>(spans);
        more.add(new Span(start, start + part.length(), style));
        return new ConsoleLine(level, text, more);
    }

    /** How loud a line is. */
    public enum Level { INFO, WARN, ERROR }

    /** What a part of a line means, for a front end that shows it (Maven colours it; plain text does not). */
    public enum Style {
        /** Went well: a passed lab's mark. */
        SUCCESS,
        /** Went wrong: a failed lab's mark and verdict, the count of failures. */
        FAILURE,
        /** Could not tell: an inconclusive lab's mark and verdict. */
        WARNING,
        /** Worth the eye first: the tally of labs done. */
        STRONG
    }

    /**
     * The characters {@code start} (inclusive) to {@code end} (exclusive) of a line's text, shown in {@code style}.
     *
     * @param start the first character
     * @param end after the last character
     * @param style how it is shown
     */
    public record Span(int start, int end, Style style) {

        /** Refuses an empty or backward span. */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a span from " + start + " to " + end);
            }
        }
    }
}
