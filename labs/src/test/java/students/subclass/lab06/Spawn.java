package students.subclass.lab06;

import dev.kitchenlab.kitchen.EmptyCook;

import java.io.IOException;

/**
 * Right, another way: the cook thread a subclass of Thread, and the cook process started with Runtime.exec and waited
 * for through its onExit future rather than waitFor.
 */
public class Spawn {
    /** A cook with nothing to do. */
    static final class IdleCook extends Thread {
        @Override
        public void run() {
            // Hired, and done.
        }
    }

    static void runThread() throws InterruptedException {
        IdleCook cook = new IdleCook();
        cook.start();
        cook.join();
    }

    static void runProcess() throws IOException {
        Process cook = Runtime.getRuntime().exec(EmptyCook.command().toArray(new String[0]));
        cook.onExit().join();
        System.out.println("the cook process ended with " + cook.exitValue());
    }

    public static void main(String[] args) throws Exception {
        runThread();
        runProcess();
    }
}
