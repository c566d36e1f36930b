package dev.kitchenlab.events;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventCodecTest {
    private static final String AWKWARD = "tab\there, newline\nthere, backslash \\n, carriage\r, ünïcödé ✔";

    @Test
    void anyOutputSurvivesTheTripThroughOneLine() {
        Event<Fact.OutputLine> event = new Event<>(1_795_000_000_123_456_789L, 42, 7, "cook\t1",
                new Fact.OutputLine(Fact.Stream.ERR, AWKWARD, false));

        String line = EventCodec.encode(event);

        assertThat(line).doesNotContain("\n");
        assertThat(EventCodec.decode(line)).contains(event);
    }

    @Test
    void everyKindOfFactSurvivesTheTripWithEveryComponent() throws Exception {
        List<Class<?>> kinds = factKinds();
        assertThat(kinds).as("kinds of fact").hasSizeGreaterThan(15);
        for (Class<?> kind : kinds) {
            Event<Fact> event = new Event<>(1_795_000_000_000_000_001L, 4711, 12, "main", sample(kind));

            assertThat(EventCodec.decode(EventCodec.encode(event))).as(kind.getSimpleName()).contains(event);
        }
    }

    @Test
    void aLineCutShortByAKillOrOfAnUnknownKindIsNotAnEvent() {
        String line = EventCodec.encode(new Event<>(1, 2, 3, "main", new Fact.CookProcessEnded(99, 0)));

        assertThat(EventCodec.decode(line.substring(0, line.lastIndexOf('\t')))).as("a field missing").isEmpty();
        assertThat(EventCodec.decode(line.substring(0, line.length() - 1))).as("a number cut short").isEmpty();
        assertThat(EventCodec.decode("NotAFact\t1\t2\t3\tmain\ttext")).isEmpty();
        assertThat(EventCodec.decode("ThreadSeen\t1\t2\t3\tmain\tmaybe")).as("not a boolean").isEmpty();
        assertThat(EventCodec.decode("PoolOpened\t1\t2\t3\tmain\tSOUP\t4")).as("not a pool kind").isEmpty();
    }

    /** Every record kind of fact, through the sealed hierarchy, as the codec finds them. */
    private static List<Class<?>> factKinds() {
        List<Class<?>> kinds = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Fact.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove();
            if (type.isRecord()) {
                kinds.add(type);
            } else {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            }
        }
        return kinds;
    }

    /** A fact of this kind whose every component holds a value the codec must carry over exactly. */
    private static Fact sample(Class<?> kind) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            types[i] = type;
            values[i] = type == String.class ? AWKWARD + i
                    : type == long.class ? Long.MIN_VALUE + i
                    : type == int.class ? -1 - i
                    : type == double.class ? 0.1 + i
                    : type == boolean.class ? i % 2 == 0
                    : type.getEnumConstants()[type.getEnumConstants().length - 1];
        }
        return (Fact) kind.getDeclaredConstructor(types).newInstance(values);
    }
}
