package students.filename.lab07;

import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Right, another way: process mode hands each cook only a file name, and each cook reads the pantry itself. */
public class Pantry {
    static final List<Integer> XS = IntStream.range(0, 1_000_000).boxed().toList();

    static void dummy(List<Integer> xs) {
        Tick.sleep();
    }

    static void dummyFromFile(String file) throws IOException {
        List<Integer> mine = Files.readAllLines(Path.of(file)).stream().map(Integer::valueOf).toList();
        dummy(mine);
    }

    static void threadMode() {
        try (ThreadPool pool = new ThreadPool(3)) {
            pool.map(Pantry::dummy, List.of(XS, XS, XS));
        }
    }

    static void processMode() {
        try {
            Path file = Files.createTempFile("pantry", ".txt");
            try {
                Files.writeString(file, XS.stream().map(String::valueOf).collect(Collectors.joining("\n")));
                try (ProcessPool pool = new ProcessPool(3)) {
                    pool.map(Pantry::dummyFromFile, List.of(file.toString(), file.toString(), file.toString()));
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        threadMode();
        processMode();
    }
}
