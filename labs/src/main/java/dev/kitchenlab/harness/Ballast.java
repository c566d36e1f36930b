package dev.kitchenlab.harness;

import dev.kitchenlab.events.LineTap;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
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
    private static final int MIB = 1024 * 1024;
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

    /**
     * Mebibytes outside the heap, every page written, so that they are resident. Not on the heap: there the ballast
     * sat in the young generation, and the first collection after it, set off by the student's own few allocations
     * at a moment nobody chose, copied up to a young generation's worth (18 MiB measured, 24 MiB in a CI run) into
     * pages never touched before; a row read just before that collection and printed just after it was 10 to 15 %
     * behind ps through no fault of the student's. Memory outside the heap stays where it was put.
     */
    private static void memory(int mebibytes) {
        ByteBuffer block = ByteBuffer.allocateDirect(mebibytes * MIB);
        for (int at = 0; at < block.capacity(); at += PAGE) {
            block.put(at, (byte) 1);
        }
        HELD.add(block);
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
