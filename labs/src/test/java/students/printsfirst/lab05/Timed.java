package students.printsfirst.lab05;

import java.util.function.Supplier;

/** Wrong: the time is printed before the call has run (it measures nothing but the print). */
public class Timed {
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        return () -> {
            long start = System.nanoTime();
            System.out.println(name + ": " + String.format("%.2f", (System.nanoTime() - start) / 1e6) + "ms");
            return call.get();
        };
    }

    public static void main(String[] args) {
    }
}
