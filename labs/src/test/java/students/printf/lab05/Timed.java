package students.printf.lab05;

import java.time.Duration;
import java.util.function.Supplier;

/** Right, another way: a named inner class, Duration for the arithmetic, printf with three decimals and a space. */
public class Timed {
    public static <T> Supplier<T> timed(String name, Supplier<T> call) {
        class Wrapper implements Supplier<T> {
            @Override
            public T get() {
                long start = System.nanoTime();
                try {
                    return call.get();
                } finally {
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    System.out.printf("%s: %.3f ms%n", name, took.toNanos() / 1_000_000.0);
                }
            }
        }
        return new Wrapper();
    }

    public static void main(String[] args) {
        System.out.println(timed("make_soup", () -> "soup").get());
    }
}
