package students.wrapstime.lab05;

import java.util.function.Supplier;

/** Wrong: the clock starts when the wrapper is made, not when it is called, so each figure grows with the last. */
public class Timed {
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        long start = System.nanoTime();
        return () -> {
            try {
                return call.get();
            } finally {
                System.out.println(name + ": " + String.format("%.2f", (System.nanoTime() - start) / 1e6) + "ms");
            }
        };
    }

    public static void main(String[] args) {
    }
}
