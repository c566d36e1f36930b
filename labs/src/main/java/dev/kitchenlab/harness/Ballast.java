package dev.kitchenlab.harness;

import dev.kitchenlab.events.LineTap;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * Lab 01's driver: loads the kitchen with a random amount of memory, idle threads and open files, then runs the lab's
 * {@code main}. A process's own {@code ps} row differs from run to run anyway (its PID, its CPU time); this makes its
 * memory, threads and files differ too, so a row typed in from an earlier run does not match this one, while a row
 * read when it is printed always does.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.Ballast <lab class> [arguments]}.
 */
public final class Ballast {
    // Blocks a G1 region holds several of: a block of a whole mebibyte would take two regions and twice the heap.
    private static final int BLOCK = 256 * 1024;
    private static final int BLOCKS_PER_MIB = 4;
    private static final int PAGE = 4096;
    // Held for the life of the kitchen: ballast that the GC or the OS took back would not be ballast.
    private static final List<Object> HELD = new ArrayList<>();

    private Ballast() {
    }

    /** Loads the kitchen, then runs the lab class named first with the remaining arguments. */
    public static void main(String[] args) throws Throwable {
        Random random = new Random();
        memory(16 + 24 * random.nextInt(4));
        threads(6 * random.nextInt(4));
        files(4 * random.nextInt(4));
        Method labMain = LabClasses.staticMethod(LabClasses.load(args[0]), true, "main",
                "public static void main(String[] args)", String[].class);
        String[] labArgs = new String[args.length - 1];
        System.arraycopy(args, 1, labArgs, 0, labArgs.length);
        try {
            labMain.invoke(null, (Object) labArgs);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    /** Megabytes of heap, every page written, so that they are resident. */
    private static void memory(int mebibytes) {
        for (int i = 0; i < mebibytes * BLOCKS_PER_MIB; i++) {
            byte[] block = new byte[BLOCK];
            for (int at = 0; at < block.length; at += PAGE) {
                block[at] = 1;
            }
            HELD.add(block);
        }
    }

    private static void threads(int count) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(count);
        CountDownLatch never = new CountDownLatch(1);
        for (int i = 0; i < count; i++) {
            Thread idle = new Thread(() -> {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, LineTap.KIT_THREAD_PREFIX + "ballast-" + i);
            idle.setDaemon(true);
            idle.start();
        }
        started.await();
    }

    private static void files(int count) throws IOException {
        if (count == 0) {
            return;
        }
        Path file = Files.createTempFile("kitchen-lab-ballast", ".txt");
        file.toFile().deleteOnExit();
        for (int i = 0; i < count; i++) {
            HELD.add(FileChannel.open(file));
        }
    }
}
