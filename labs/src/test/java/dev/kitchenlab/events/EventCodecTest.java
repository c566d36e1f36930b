package dev.kitchenlab.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventCodecTest {

    @Test
    void anyOutputSurvivesTheTripThroughOneLine() {
        Event event = new Event(EventType.LINE_OUT, 1_795_000_000_123_456_789L, 42, 7, "cook\t1",
                "tab\there, newline\nthere, backslash \\n, carriage\r");

        String line = EventCodec.encode(event);

        assertThat(line).doesNotContain("\n");
        assertThat(EventCodec.decode(line)).contains(event);
    }

    @Test
    void aLineCutShortByAKillIsNotAnEvent() {
        String line = EventCodec.encode(new Event(EventType.LINE_OUT, 1, 2, 3, "main", "Hi Kai!"));

        assertThat(EventCodec.decode(line.substring(0, line.length() / 2))).isEmpty();
        assertThat(EventCodec.decode("NOT_A_TYPE\t1\t2\t3\tmain\ttext")).isEmpty();
    }
}
