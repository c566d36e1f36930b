package ${package}.lab15;

import dev.kitchenlab.kitchen.Tick;

/**
 * Lab 15 · virtual threads (beyond the talk, JDK 21+): 10,000 cooks, each napping through one shift. A platform thread
 * is a cook with an OS thread of its own; a virtual thread is a cook the JVM seats on a few OS threads (its carriers)
 * and lifts off while it naps, so 10,000 of them cost the OS a handful of threads.
 *
 * <p>Write the two methods, deleting each {@code todo(...)}. Then check: {@code mvn kitchen:check -Dlab=15} (on a
 * JDK 17 the lab is SKIPPED: this folder, {@code src/main/java21}, is compiled only on JDK 21+). The kit hands each
 * method a shift of its own and counts, from inside every shift, which thread ran it, whether it was virtual and how
 * many cooks were at work at once; it counts the kitchen's OS threads as {@code ps -T} does, and shows the time and
 * memory of the two modes side by side.
 */
public class TenThousandCooks {
    /** The cooks of each mode. */
    static final int COOKS = 10_000;

    /** COOKS virtual threads, each running {@code shift} once; back when every one of them is done. */
    static void virtualCooks(Runnable shift) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo("virtualCooks: start COOKS virtual threads running shift, "
                + "Thread.ofVirtual().start(shift), and join them");
    }

    /** COOKS platform threads, each running {@code shift} once; back when every one of them is done. */
    static void platformCooks(Runnable shift) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo("platformCooks: start COOKS platform threads running shift, "
                + "Thread.ofPlatform().start(shift), and join them");
    }

    /** Runs both modes by hand, each cook napping a tick: watch the threads with ps -T -p PID | wc -l. */
    public static void main(String[] args) throws InterruptedException {
        System.out.println("kitchen pid " + ProcessHandle.current().pid() + ": ps -T -p PID | wc -l");
        long start = System.nanoTime();
        virtualCooks(Tick::sleep);
        System.out.printf("%,d virtual cooks: %.2f s%n", COOKS, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        platformCooks(Tick::sleep);
        System.out.printf("%,d platform cooks: %.2f s%n", COOKS, (System.nanoTime() - start) / 1e9);
    }
}
