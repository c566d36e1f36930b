package dev.kitchenlab.kitchen;

import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/** Names an item for the events, without printing a million numbers. */
final class Items {
    private static final int LONGEST = 80;

    private Items() {
    }

    static String describe(Object item) {
        if (item instanceof Collection<?> collection) {
            return item.getClass().getSimpleName() + " of " + collection.size() + " items";
        }
        if (item instanceof Map<?, ?> map) {
            return item.getClass().getSimpleName() + " of " + map.size() + " entries";
        }
        if (item != null && item.getClass().isArray()) {
            return item.getClass().getComponentType().getSimpleName() + "[" + Array.getLength(item) + "]";
        }
        String text = String.valueOf(item);
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "…";
    }
}
