package students.executor.lab06;

import dev.kitchenlab.kitchen.EmptyCook;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Right, another way: a one-thread executor per call, and the cook's output discarded. */
public class Spawn {
    static void runThread() throws InterruptedException {
        ExecutorService cook = Executors.newSingleThreadExecutor();
        cook.submit(() -> { });
        cook.shutdown();
        cook.awaitTermination(1, TimeUnit.MINUTES);
    }

    static void runProcess() throws IOException, InterruptedException {
        new ProcessBuilder(EmptyCook.command()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    public static void main(String[] args) throws Exception {
        runThread();
        runProcess();
    }
}
