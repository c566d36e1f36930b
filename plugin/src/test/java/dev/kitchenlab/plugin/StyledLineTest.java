package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.ConsoleLine;
import org.apache.maven.shared.utils.logging.MessageBuilder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;

import static org.assertj.core.api.Assertions.assertThat;

/** Each styled part of a line goes through Maven's message builder in its style; without colour, the plain text. */
class StyledLineTest {
    private static final ConsoleLine FAILED = new ConsoleLine(ConsoleLine.Level.ERROR, "✘ 03 cooks  FAIL: took turns")
            .styled("✘ 03 cooks", ConsoleLine.Style.FAILURE).styled("FAIL:", ConsoleLine.Style.FAILURE);

    @Test
    void eachSpanIsWrittenInItsStyleAndTheRestPlain() {
        String written = StyledLine.into(FAILED, tags()).toString();

        assertThat(written).isEqualTo("<failure>✘ 03 cooks</failure>  <failure>FAIL:</failure> took turns");
    }

    @Test
    void everyStyleHasItsOwnMark() {
        ConsoleLine line = new ConsoleLine(ConsoleLine.Level.INFO, "a b c d")
                .styled("a", ConsoleLine.Style.SUCCESS).styled("b", ConsoleLine.Style.WARNING)
                .styled("c", ConsoleLine.Style.STRONG).styled("d", ConsoleLine.Style.FAILURE);

        assertThat(StyledLine.into(line, tags()).toString())
                .isEqualTo("<success>a</success> <warning>b</warning> <strong>c</strong> <failure>d</failure>");
    }

    @Test
    void withoutColourTheLineIsItsPlainTextForTheITsToGrep() {
        assertThat(StyledLine.of(FAILED, false)).isEqualTo("✘ 03 cooks  FAIL: took turns");
    }

    /** A message builder that writes each style as a tag, to see which style each part got. */
    private static MessageBuilder tags() {
        StringBuilder out = new StringBuilder();
        return (MessageBuilder) Proxy.newProxyInstance(MessageBuilder.class.getClassLoader(),
                new Class<?>[] {MessageBuilder.class}, (self, method, args) -> switch (method.getName()) {
                    case "toString" -> out.toString();
                    case "a" -> {
                        out.append(args[0]);
                        yield self;
                    }
                    default -> {
                        out.append('<').append(method.getName()).append('>').append(args[0])
                                .append("</").append(method.getName()).append('>');
                        yield self;
                    }
                });
    }
}
