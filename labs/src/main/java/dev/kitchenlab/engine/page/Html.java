package dev.kitchenlab.engine.page;

import java.util.Locale;

/**
 * Text made safe for the page: escaped for HTML and XML alike (the page is well-formed XHTML, so a test or a tool
 * can read it as XML), without the control characters XML 1.0 cannot hold, which a student's program may print.
 */
final class Html {
    private Html() {
    }

    /** The text, escaped for an element's content or a quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }

    /**
     * A number for an SVG coordinate: one decimal, the same on every locale. Not {@code String.format}, which parses
     * its pattern every call: a page has hundreds of coordinates, and its first write ran in half the time without.
     */
    static String coordinate(double value) {
        return Double.toString(Math.round(value * 10) / 10.0);
    }

    /** Seconds or milliseconds, as a person reads a duration: {@code 1.02 s}, {@code 37 ms}, {@code 140 µs}. */
    static String duration(long nanos) {
        if (nanos == 0) {
            return "0";
        }
        double millis = nanos / 1e6;
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000);
        }
        return millis >= 10 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : millis >= 1 ? String.format(Locale.ROOT, "%.1f ms", millis)
                : String.format(Locale.ROOT, "%.0f µs", millis * 1000);
    }
}
