package students.executor.lab07;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Right, another way: thread mode with the JDK's executor and a future per cook, none of the kit's thread pool. */
public class Pantry {
    static final List<Integer> XS = IntStream.range(0, 1_000_000).boxed().toList();

    static void dummy(List<Integer> xs) {
        Tick.sleep();
    }

    static void threadMode() {
        ExecutorService cooks = Executors.newFixedThreadPool(3);
        try {
            Callable<Void> cook = () -> {
                dummy(XS);
                return null;
            };
            for (Future<Void> dish : cooks.invokeAll(Collections.nCopies(3, cook))) {
                dish.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            cooks.shutdown();
        }
    }

    static void processMode() {
        try (ProcessPool pool = new ProcessPool(3)) {
            pool.map(Pantry::dummy, List.of(XS, XS, XS));
        }
    }

    public static void main(String[] args) {
        threadMode();
        processMode();
    }
}
