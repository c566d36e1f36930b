package students.deafcook.lab03;

import dev.kitchenlab.kitchen.ThreadPool;

import java.util.List;

/** Wrong: a cook that ignores every interrupt and never finishes its dish, so the pool never closes. */
public class ManyCooks {
    static void stir(String name) {
        while (true) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException ignored) {
                // Deaf to it.
            }
        }
    }

    public static void main(String[] args) {
        try (ThreadPool pool = new ThreadPool(1)) {
            pool.map(ManyCooks::stir, List.of("soup"));
        }
    }
}
