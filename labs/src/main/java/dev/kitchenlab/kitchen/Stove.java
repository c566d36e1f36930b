package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Lab 08's stove, where a recipe cooks an order: {@code Stove.cook("soup")} takes a tenth of a tick and gives back the
 * dish, {@code "soup, cooked"}. It tells the kit of every dish it cooks, from whichever process and thread cooked it,
 * so a check knows which dishes were really cooked, whatever a kitchen says it served.
 *
 * <p>Under a check one order fails half-way, the way the check chose: the cook throws an exception, calls
 * {@code System.exit}, calls {@code Runtime.halt}, or fills its heap until an {@code OutOfMemoryError}. Run by hand it
 * cooks every order, unless the environment variable {@code KITCHEN_STOVE_FAILS} names one and how, such as
 * {@code KITCHEN_STOVE_FAILS=soup:EXIT} ({@code EXCEPTION}, {@code EXIT}, {@code HALT} or {@code OUT_OF_MEMORY}):
 * an environment variable, so that cook processes see it too.
 */
public final class Stove {
    private static final double COOKING_TICKS = 0.1;
    private static final int HOARD_CHUNK = 1 << 17;

    private Stove() {
    }

    /** Cooks one order into its dish, unless it is the order that fails. */
    public static String cook(String order) {
        Objects.requireNonNull(order, "an order to cook");
        SideChannel events = SideChannel.current();
        Optional<Fact.CrashKind> failure = failureFor(order);
        if (failure.isPresent()) {
            events.emit(new Fact.StoveFailed(order, failure.get()));
            // Mid-meal: the other cooks are at their stoves when this one fails.
            Tick.sleep(COOKING_TICKS / 2);
            fail(order, failure.get());
        }
        Tick.sleep(COOKING_TICKS);
        String dish = order + ", cooked";
        events.emit(new Fact.DishCooked(order, dish));
        return dish;
    }

    private static Optional<Fact.CrashKind> failureFor(String order) {
        Optional<String> setting = KitchenEnvironment.stoveFailure();
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        int colon = setting.get().lastIndexOf(':');
        if (colon < 0 || !setting.get().substring(0, colon).equals(order)) {
            return Optional.empty();
        }
        String kind = setting.get().substring(colon + 1).trim().toUpperCase(Locale.ROOT);
        try {
            return Optional.of(Fact.CrashKind.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("KITCHEN_STOVE_FAILS=" + setting.get() + ": the stove fails an order "
                    + "with EXCEPTION, EXIT, HALT or OUT_OF_MEMORY, not " + kind);
        }
    }

    private static void fail(String order, Fact.CrashKind kind) {
        switch (kind) {
            case EXCEPTION -> throw new IllegalStateException("the stove caught fire under " + order);
            case EXIT -> System.exit(Fact.CrashKind.EXIT_CODE);
            case HALT -> Runtime.getRuntime().halt(Fact.CrashKind.EXIT_CODE);
            case OUT_OF_MEMORY -> fillTheHeap();
        }
    }

    /** Holds more and more memory until the JVM has none left: the OutOfMemoryError ends this cook's work. */
    private static void fillTheHeap() {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[HOARD_CHUNK]);
        }
    }
}
