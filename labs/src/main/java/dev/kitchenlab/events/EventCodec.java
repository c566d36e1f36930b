package dev.kitchenlab.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an event as one line of text and reads it back: tab-separated fields (the fact's kind, the envelope, then
 * the fact's components in declaration order), with tabs, line breaks and backslashes escaped, so that any output
 * a student prints survives the trip. A line cut short by a killed JVM, or of a kind this kit does not know, reads
 * as nothing.
 *
 * <p>The fields come from the fact's record components, so a new kind of fact needs no code here.
 */
final class EventCodec {
    private static final int ENVELOPE = 5;
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };
    /**
     * Each component's field, read directly: a component's accessor called through {@code Method.invoke} has the JDK
     * (up to 17) generate a class for it at its sixteenth call, some 2 to 3 ms of a cold JVM on the thread that
     * reports, so the printing thread stalled at a kind of fact's sixteenth event; a field is read through
     * {@code Unsafe}, with nothing generated.
     */
    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            RecordComponent[] components = COMPONENTS.get(type);
            Field[] fields = new Field[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    // A record has a private final field of each component's name.
                    fields[i] = type.getDeclaredField(components[i].getName());
                } catch (NoSuchFieldException notARecord) {
                    throw new IllegalStateException("no field " + components[i].getName() + " in " + type, notARecord);
                }
                fields[i].setAccessible(true);
            }
            return fields;
        }
    };

    private EventCodec() {
    }

    /** One line, without its line break. */
    static String encode(Event<?> event) {
        Fact fact = event.fact();
        StringBuilder line = new StringBuilder(64).append(fact.getClass().getSimpleName())
                .append('\t').append(event.epochNanos()).append('\t').append(event.pid())
                .append('\t').append(event.threadId()).append('\t').append(escape(event.threadName()));
        for (Field field : FIELDS.get(fact.getClass())) {
            line.append('\t').append(escape(String.valueOf(read(field, fact))));
        }
        return line.toString();
    }

    /** The event in a line, or empty for a line that is cut short or not an event. */
    static Optional<Event<?>> decode(String line) {
        String[] fields = line.split("\t", -1);
        Class<? extends Fact> kind = Kinds.BY_NAME.get(fields[0]);
        if (kind == null) {
            return Optional.empty();
        }
        RecordComponent[] components = COMPONENTS.get(kind);
        if (fields.length != ENVELOPE + components.length) {
            return Optional.empty();
        }
        try {
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = parse(types[i], unescape(fields[ENVELOPE + i]));
            }
            Constructor<? extends Fact> canonical = kind.getDeclaredConstructor(types);
            Fact fact = canonical.newInstance(values);
            return Optional.of(new Event<>(Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                    Long.parseLong(fields[3]), unescape(fields[4]), fact));
        } catch (IllegalArgumentException | ReflectiveOperationException cutShort) {
            return Optional.empty();
        }
    }

    /**
     * The table for reading lines back, built on first read: walking the hierarchy loads every kind of fact (some sixty
     * classes), which a cook, that only writes, has no use for and paid for in its start.
     */
    private static final class Kinds {
        static final Map<String, Class<? extends Fact>> BY_NAME = kinds();
    }

    /** Every record kind of fact, by its simple name, found through the sealed hierarchy. */
    private static Map<String, Class<? extends Fact>> kinds() {
        Map<String, Class<? extends Fact>> kinds = new HashMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(Fact.class);
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove();
            if (type.isRecord()) {
                kinds.put(type.getSimpleName(), type.asSubclass(Fact.class));
            } else {
                todo.addAll(java.util.List.of(type.getPermittedSubclasses()));
            }
        }
        return Map.copyOf(kinds);
    }

    private static Object read(Field field, Fact fact) {
        try {
            return field.get(fact);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field.getName() + " of " + fact.getClass(), e);
        }
    }

    private static Object parse(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == double.class) {
            return Double.parseDouble(text);
        }
        if (type == boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("not a boolean: " + text);
            }
            return Boolean.parseBoolean(text);
        }
        if (type.isEnum()) {
            return enumValue(type, text);
        }
        throw new IllegalArgumentException("a fact cannot carry a " + type.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text) {
        return Enum.valueOf((Class) type, text);
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
