package dev.kitchenlab.events;

import java.util.Optional;

/**
 * Turns an event into one line of text and back: tab-separated fields, with tabs, line breaks and
 * backslashes escaped, so that any output a student prints survives the trip.
 */
public final class EventCodec {
    private static final int FIELDS = 6;

    private EventCodec() {
    }

    /** One line, without its line break. */
    public static String encode(Event event) {
        return event.type() + "\t" + event.epochNanos() + "\t" + event.pid() + "\t" + event.threadId() + "\t"
                + escape(event.threadName()) + "\t" + escape(event.text());
    }

    /** The event in a line, or empty for a line that is cut short or not an event (a JVM killed mid-write). */
    public static Optional<Event> decode(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != FIELDS) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Event(EventType.valueOf(fields[0]), Long.parseLong(fields[1]),
                    Long.parseLong(fields[2]), Long.parseLong(fields[3]), unescape(fields[4]), unescape(fields[5])));
        } catch (IllegalArgumentException notAnEvent) {
            return Optional.empty();
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return out.toString();
    }
}
