package ${package}.lab05;

import dev.kitchenlab.kitchen.Tick;

import java.util.function.Supplier;

/**
 * Lab 05 · timed: the talk's {@code @timed} decorator, which prints how long each call of a function took.
 *
 * <p>Java has no decorators; the same idea is a higher-order method: {@code timed(name, call)} takes the work as a
 * {@link Supplier} and returns a new {@code Supplier} that does the same work and also times it. Each call of the
 * wrapper prints one line in the talk's form, {@code make_soup: 100.12ms}, once the call has ended, and returns
 * what the call returned. A call that throws is timed too, and its exception goes on to the caller.
 *
 * <p>Write {@code timed} below, deleting the {@code todo(...)}, then check: {@code mvn kitchen:check -Dlab=05}.
 * The kit wraps work of its own (sleeps of known length, a busy loop, a call of a third of a millisecond, one that
 * throws) with your {@code timed}, and holds each figure you print against its own clock. Lab 06 times thread and
 * process starts with this wrapper.
 */
public class Timed {

    /** The talk's {@code @timed}: a wrapper that times every call of {@code call} and prints {@code name: 12.34ms}. */
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "timed: return a Supplier that times each call with System.nanoTime(), prints name: 12.34ms, "
                + "and returns the call's result");
    }

    /** Tries the wrapper by hand: a soup that takes a tenth of a tick. */
    public static void main(String[] args) {
        Supplier<String> makeSoup = timed("make_soup", () -> {
            Tick.sleep(0.1);
            return "soup";
        });
        System.out.println(makeSoup.get());
        System.out.println(makeSoup.get());
    }
}
