package ${package}.lab13;

/**
 * Lab 13 · visibility: Cook A stirs the soup until the head cook calls closing time by setting a flag. The flag is a
 * plain field, so nothing tells the JIT that another thread may change it: once the cook's loop is compiled, the flag
 * is read once and kept in a register, and the cook never stops.
 *
 * <p>Run {@code main} first: after a second the head cook calls closing time, and the program never ends ({@code top}
 * shows the kitchen at 100 % CPU; stop it with Ctrl-C). Then make the flag visible to the cook and delete the {@code
 * todo(...)} in {@code stop()}. Check: {@code mvn kitchen:check -Dlab=13}. The kit makes a new kitchen hundreds of times
 * in one JVM, runs {@code cook()} on a thread of its own, calls {@code stop()} from another once the cook has spun a
 * while, and checks that the cook stops within 0.5 s every time.
 */
public class ClosingTime {
    /** Set by the head cook at closing time, read by Cook A before every stir. */
    private boolean stop;

    /** Cook A's shift: stirs until the head cook says stop; returns how many stirs. */
    long cook() {
        long stirs = 0;
        while (!stop) {
            stirs++;
        }
        return stirs;
    }

    /** Called by the kit's head cook, on another thread than the cook's, every round. */
    void stop() {
        dev.kitchenlab.kitchen.Todo.todo(
                "stop: Cook A never sees this flag once the JIT has compiled its loop (run main: it never ends): make "
                + "the flag visible to the cook, then delete this line");
        closingTime();
    }

    /** The head cook's words: sets the flag Cook A reads. */
    void closingTime() {
        stop = true;
    }

    /** One shift by hand: Cook A stirs, and after a second the head cook calls closing time. */
    public static void main(String[] args) throws InterruptedException {
        ClosingTime kitchen = new ClosingTime();
        long[] stirs = new long[1];
        Thread cook = new Thread(() -> stirs[0] = kitchen.cook(), "Cook A");
        cook.start();
        Thread.sleep(1_000);
        System.out.println("head cook: closing time!");
        kitchen.closingTime();
        cook.join();
        System.out.printf("Cook A went home after %,d stirs%n", stirs[0]);
    }
}
