package students.threadasprocess.lab06;

import org.example.kitchen.lab05.Timed;

import java.util.function.Supplier;

/**
 * Wrong: a thread passed off as a process.
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
        runThread();
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
