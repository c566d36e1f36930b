package students.threadsonly.lab07;

import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.List;
import java.util.stream.IntStream;

/** Wrong: process mode uses threads too, so its cooks share the kitchen's XS. */
public class Pantry {
    static final List<Integer> XS = IntStream.range(0, 1_000_000).boxed().toList();

    static void dummy(List<Integer> xs) {
        Tick.sleep();
    }

    static void threadMode() {
        try (ThreadPool pool = new ThreadPool(3)) {
            pool.map(Pantry::dummy, List.of(XS, XS, XS));
        }
    }

    static void processMode() {
        try (ThreadPool pool = new ThreadPool(3)) {
            pool.map(Pantry::dummy, List.of(XS, XS, XS));
        }
    }

    public static void main(String[] args) {
        threadMode();
        processMode();
    }
}
