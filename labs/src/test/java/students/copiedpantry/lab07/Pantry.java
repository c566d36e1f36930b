package students.copiedpantry.lab07;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Wrong: thread mode hands each cook a copy of the pantry, as if threads could not share it. */
public class Pantry {
    static final List<Integer> XS = IntStream.range(0, 1_000_000).boxed().toList();

    static void dummy(List<Integer> xs) {
        Tick.sleep();
    }

    static void threadMode() {
        try (ThreadPool pool = new ThreadPool(3)) {
            // Typed as the pantry is: a Chore<ArrayList<Integer>> here would make javac's $deserializeLambda$ hand the
            // process mode's cooks the same method reference with this one's cast.
            List<List<Integer>> copies = List.of(new ArrayList<>(XS), new ArrayList<>(XS), new ArrayList<>(XS));
            pool.map(Pantry::dummy, copies);
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
