package ${package}.lab07;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Lab 07 · memory: what a kitchen costs to keep. The talk maps a dummy function over three copies of a list of a
 * million ints, once with a thread pool of three and once with a process pool of three, and compares the memory:
 * threads are cooks sharing one kitchen, so they share the one list; processes are kitchens of their own, so each
 * gets a copy.
 *
 * <p>Write the three methods, deleting each {@code todo(...)}. Then check: {@code mvn kitchen:check -Dlab=07}. The kit
 * calls {@code threadMode()}, then {@code processMode()}, reads the memory of the kitchen and every cook process as
 * {@code ps u} would, and checks what made the difference: three threads handed the very same {@code XS}, three cook
 * processes each holding a copy of its own, and a process mode taking at least twice the memory of the thread mode.
 */
public class Pantry {
    /** The pantry: the talk's {@code XS = list(range(1_000_000))}. Keep it as it is. */
    static final List<Integer> XS = IntStream.range(0, 1_000_000).boxed().toList();

    /** The talk's dummy: holds its list for one tick and does nothing else with it. */
    static void dummy(List<Integer> xs) {
        dev.kitchenlab.kitchen.Todo.todo("dummy: hold the list for one tick: Tick.sleep()");
    }

    /** Three cook threads, one kitchen: each handed XS. */
    static void threadMode() {
        dev.kitchenlab.kitchen.Todo.todo("threadMode: map dummy over List.of(XS, XS, XS) with a ThreadPool of 3");
    }

    /** Three cook processes, a kitchen each: each handed XS, so each gets a copy. */
    static void processMode() {
        dev.kitchenlab.kitchen.Todo.todo("processMode: map dummy over List.of(XS, XS, XS) with a ProcessPool of 3");
    }

    /** Runs both modes by hand: watch them from another terminal with ps u --ppid PID -p PID. */
    public static void main(String[] args) {
        long pid = ProcessHandle.current().pid();
        System.out.println("kitchen pid " + pid + ": ps u --ppid " + pid + " -p " + pid);
        threadMode();
        processMode();
    }
}
