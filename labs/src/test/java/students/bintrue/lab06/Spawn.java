package students.bintrue.lab06;

import org.example.kitchen.lab05.Timed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Wrong: /bin/true instead of a JVM cook: a process, but not a cook.
 */
public class Spawn {

    static void runThread() {
        Thread cook = new Thread(() -> { });
        cook.start();
        try {
            cook.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void runProcess() {
        try {
            Process cook = new ProcessBuilder("true").inheritIO().start();
            cook.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        Supplier<Object> thread = Timed.timed("runThread", () -> {
            runThread();
            return null;
        });
        Supplier<Object> process = Timed.timed("runProcess", () -> {
            runProcess();
            return null;
        });
        for (int i = 0; i < 5; i++) {
            thread.get();
            process.get();
        }
    }
}
