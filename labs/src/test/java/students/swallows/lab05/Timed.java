package students.swallows.lab05;

import java.util.function.Supplier;

/** Wrong: a call that throws is timed, and its exception swallowed. */
public class Timed {
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        return () -> {
            long start = System.nanoTime();
            T result = null;
            try {
                result = call.get();
            } catch (RuntimeException burnt) {
                System.err.println("oops: " + burnt.getMessage());
            }
            System.out.println(name + ": " + String.format("%.2f", (System.nanoTime() - start) / 1e6) + "ms");
            return result;
        };
    }

    public static void main(String[] args) {
    }
}
