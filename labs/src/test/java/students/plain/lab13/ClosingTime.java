package students.plain.lab13;

/** The todo deleted, the flag left plain: the JIT keeps it in a register once the loop is compiled. */
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
