package ${package}.lab02;

import java.util.List;

/**
 * Lab 02 · kitchens: the talk's {@code Pool().map(say_hello, NAMES)}.
 *
 * <p>A process is a kitchen: its own memory, its own CPU time, its own resources. Python's {@code Pool()} opens one
 * kitchen per CPU, each with one cook, and hands each of them a name: every cook sleeps one tick, then greets. Four
 * greetings by one kitchen take 4 ticks; with 2 kitchens side by side they take ceil(4 / 2) = 2 ticks, with 4 of
 * them 1 tick.
 *
 * <p>In Java a kitchen is a JVM. {@link dev.kitchenlab.kitchen.ProcessPool} starts one cook JVM per CPU, each a
 * child process of this kitchen, as {@code ps u} would show; {@code sayHello} runs in those cooks, not here.
 *
 * <p>Write the two steps below, deleting each {@code todo(...)} as you go, then check:
 * {@code mvn kitchen:check -Dlab=02}. Passed when the 4 greetings come from cook processes, each name once, in
 * about ceil(4 / CPUs) ticks. Run by hand (from the IDE), a tick is the talk's 10 seconds.
 */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    /** The talk's {@code say_hello}: one cook's whole job. */
    static void sayHello(String name) {
        dev.kitchenlab.kitchen.Todo.todo("sayHello: sleep one tick with Tick.sleep(), then print Hi {name}!");
    }

    /** The talk's {@code if __name__ == "__main__":}, the kitchen that hands out the names. */
    public static void main(String[] args) {
        dev.kitchenlab.kitchen.Todo.todo("main: map sayHello over NAMES with a ProcessPool, one cook process per CPU");
    }
}
