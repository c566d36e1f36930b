package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.ConsoleLine;
import org.apache.maven.shared.utils.logging.MessageBuilder;
import org.apache.maven.shared.utils.logging.MessageUtils;

/**
 * A check's line in Maven's colours: each styled part through Maven's own message utilities, so that Maven's
 * choices (its colour scheme, {@code -B}, {@code -Dstyle.color}) hold for the kit's lines as for its own.
 */
final class StyledLine {
    private StyledLine() {
    }

    /** The line, coloured when {@code colour}, its plain text otherwise. */
    static String of(ConsoleLine line, boolean colour) {
        return colour ? into(line, MessageUtils.buffer()).toString() : line.text();
    }

    /** Writes {@code line} into {@code message}, each span in the builder's style for it. */
    static MessageBuilder into(ConsoleLine line, MessageBuilder message) {
        int at = 0;
        for (ConsoleLine.Span span : line.spans()) {
            message.a(line.text().substring(at, span.start()));
            String part = line.text().substring(span.start(), span.end());
            switch (span.style()) {
                case SUCCESS -> message.success(part);
                case FAILURE -> message.failure(part);
                case WARNING -> message.warning(part);
                case STRONG -> message.strong(part);
                default -> message.a(part);
            }
            at = span.end();
        }
        return message.a(line.text().substring(at));
    }
}
