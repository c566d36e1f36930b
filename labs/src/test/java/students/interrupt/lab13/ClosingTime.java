package students.interrupt.lab13;

/** A right program written another way: no flag, the head cook interrupts the cook's thread. */
public class ClosingTime {
    /** The cook's thread, told to stop by an interrupt rather than a flag. */
    private volatile Thread cook;

    /** Cook A's shift: stirs until the head cook says stop; returns how many stirs. */
    long cook() {
        cook = Thread.currentThread();
        long stirs = 0;
        while (!Thread.currentThread().isInterrupted()) {
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
        Thread stirring = cook;
        if (stirring != null) {
            stirring.interrupt();
        }
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
