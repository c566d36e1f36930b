package students.notwaited.lab06;

import dev.kitchenlab.kitchen.EmptyCook;
import org.example.kitchen.lab05.Timed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Wrong: a cook process started and not waited for.
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
            new ProcessBuilder(EmptyCook.command()).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
