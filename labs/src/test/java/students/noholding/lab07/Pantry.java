package students.noholding.lab07;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;
import java.util.stream.IntStream;

/** Wrong: dummy lets go of its list at once, so no two cooks ever hold it together. */
public class Pantry {
    static final List<Integer> XS = IntStream.range(0, 1_000_000).boxed().toList();

    static void dummy(List<Integer> xs) {
        xs.size();
    }

    static void threadMode() {
        try (ThreadPool pool = new ThreadPool(3)) {
            pool.map(Pantry::dummy, List.of(XS, XS, XS));
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
