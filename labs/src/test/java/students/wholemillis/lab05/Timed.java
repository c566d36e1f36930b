package students.wholemillis.lab05;

import java.util.function.Supplier;

/** Wrong: System.currentTimeMillis() counts whole milliseconds, so short calls read 0.00 or 1.00. */
public class Timed {
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        return () -> {
            long start = System.currentTimeMillis();
            try {
                return call.get();
            } finally {
                System.out.println(name + ": " + String.format("%.2f", (double) (System.currentTimeMillis() - start))
                        + "ms");
            }
        };
    }

    public static void main(String[] args) {
    }
}
