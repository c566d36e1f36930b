package students.sleepycooks.lab02;

import dev.kitchenlab.kitchen.ProcessPool;

import java.util.List;

/** Wrong: cook processes that sleep ten minutes each: a kitchen that is still cooking whenever it is stopped. */
public class ManyKitchens {
    static void nap(String name) throws InterruptedException {
        Thread.sleep(600_000);
    }

    public static void main(String[] args) {
        try (ProcessPool pool = new ProcessPool(2)) {
            pool.map(ManyKitchens::nap, List.of("Kai", "Tessa"));
        }
    }
}
