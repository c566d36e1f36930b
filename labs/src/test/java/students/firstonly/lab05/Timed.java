package students.firstonly.lab05;

import java.util.function.Supplier;

/** Wrong: the wrapper times its first call only. */
public class Timed {
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        boolean[] timedOnce = {false};
        return () -> {
            if (timedOnce[0]) {
                return call.get();
            }
            timedOnce[0] = true;
            long start = System.nanoTime();
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
