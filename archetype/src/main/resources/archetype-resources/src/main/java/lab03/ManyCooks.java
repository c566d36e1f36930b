package ${package}.lab03;

import java.util.List;

/**
 * Lab 03 · cooks: the talk's {@code ThreadPool(4).map(say_hello, NAMES)}.
 *
 * <p>Threads are cooks sharing one kitchen: one process, one memory, several cooks working in it at once. Four
 * cooks each greet one name after one tick, all at the same time, so the four greetings take about 1 tick, and
 * {@code ps} still shows a single process: {@code ps -T} shows its threads sharing one PID. The talk adds that
 * the virtual memory grows with the threads; a JVM reserves its heap up front, so here 4 cooks add only their
 * stacks, about 1 MB each.
 *
 * <p>Write the two steps below with {@link dev.kitchenlab.kitchen.ThreadPool} (a plain
 * {@code java.util.concurrent.ExecutorService} passes too), deleting each {@code todo(...)} as you go, then check:
 * {@code mvn kitchen:check -Dlab=03}. Passed when 4 cook threads of this one process each greet once, at the same
 * time, in about 1 tick. Run by hand (from the IDE), a tick is the talk's 10 seconds.
 */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    /** The talk's {@code say_hello}: one cook's whole job. */
    static void sayHello(String name) {
        dev.kitchenlab.kitchen.Todo.todo("sayHello: sleep one tick with Tick.sleep(), then print Hi {name}!");
    }

    /** The talk's {@code if __name__ == "__main__":}, the kitchen that hands out the names. */
    public static void main(String[] args) {
        dev.kitchenlab.kitchen.Todo.todo("main: map sayHello over NAMES with a ThreadPool of 4 cooks");
    }
}
