package ${package}.lab08;

import dev.kitchenlab.kitchen.Pool;

import java.util.List;

/**
 * Lab 08 · crash: who survives when one cook fails. The talk says that if a thread crashes, all the threads of its
 * process (usually) crash. Java's truth is finer: an exception nobody catches ends only the thread it is thrown in,
 * while {@code System.exit} or {@code Runtime.halt} ends every thread of the JVM; and a cook process that dies leaves
 * the other kitchens serving.
 *
 * <p>Write the three steps, deleting each {@code todo(...)}: a kitchen that serves every dish its cooks cooked when one
 * of them fails, and prints {@code lost: ORDER} for each dish that was lost, with cook threads and with cook processes.
 * Each recipe cooks on the kit's stove, {@code Stove.cook(order)}, which tells the kit of every dish it really cooked.
 * Then check: {@code mvn kitchen:check -Dlab=08}. The kit serves six orders eight times, each meal in a kitchen JVM of
 * its own, while its stove fails one order: the cook throws, calls {@code System.exit}, calls {@code Runtime.halt} or
 * fills the heap. Run by hand, the stove fails the order you name in the environment, such as
 * {@code KITCHEN_STOVE_FAILS=soup:EXIT} ({@code EXCEPTION}, {@code EXIT}, {@code HALT} or {@code OUT_OF_MEMORY}).
 */
public class Crash {
    static final List<String> ORDERS = List.of("soup", "salad", "bread", "pasta", "curry", "pie");

    /** Thread mode: the cooks are threads of this one kitchen. Returns the dishes served. */
    static List<String> threadMode(List<String> orders) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "threadMode: serve(pool, orders) with a new ThreadPool(3), closed when done (try-with-resources)");
    }

    /** Process mode: the cooks are processes, kitchens of their own. Returns the dishes served. */
    static List<String> processMode(List<String> orders) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "processMode: serve(pool, orders) with a new ProcessPool(), closed when done");
    }

    /** Cooks every order with the pool's cooks; returns every dish that was cooked, and prints each one lost. */
    static List<String> serve(Pool pool, List<String> orders) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "serve: pool.mapResults(Stove::cook, orders); when it throws CookFailedException, print "
                + "lost: ORDER for each of its lost() and return its dishes() that are not null");
    }

    /** Serves the orders in both modes, by hand. */
    public static void main(String[] args) {
        System.out.println("thread mode served " + threadMode(ORDERS));
        System.out.println("process mode served " + processMode(ORDERS));
    }
}
