package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.ClassArchive;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Cooks as processes, each a JVM of its own, children of this kitchen, as the talk's {@code Pool()}: each has
 * its own memory, so every item is copied to the cook and every dish copied back, and {@code ps u} shows one
 * process per cook.
 *
 * <pre>{@code
 * try (ProcessPool pool = new ProcessPool()) {
 *     pool.map(ManyKitchens::sayHello, NAMES);
 * }
 * }</pre>
 *
 * <p>A cook runs with this kitchen's classpath, so it loads the student's class again: its static initialisers
 * run again in every cook, as Python's spawn start method re-imports the module.
 *
 * <p>A cook that dies while cooking ({@code System.exit}, a crash, a kill) loses only the dish it was cooking, and
 * is replaced, as Python's {@code Pool} replaces a dead worker; unlike Python's {@code map}, which then waits forever
 * for that dish, {@link #mapResults} fails it at once with {@link CookFailedException}.
 */
public final class ProcessPool implements Pool {
    private static final CookProcess.Job HOME_TIME = new CookProcess.Job(null, -1, null);

    private final int size;
    private final List<String> command;
    private final CookProcess.Kitchen kitchen;
    private final BlockingQueue<CookProcess.Job> orders = new LinkedBlockingQueue<>();
    // Guarded by this: cooks' waiter threads report a death (lostACook) while the pool may still be opening.
    private final List<CookProcess> cooks = new ArrayList<>();
    // Guarded by this.
    private int alive;
    private volatile boolean closed;

    /** A pool with one cook process per CPU, as Python's {@code Pool()}. */
    public ProcessPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A pool of {@code size} cook processes, all started at once, as Python starts its workers. */
    public ProcessPool(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 cook, not " + size);
        }
        this.size = size;
        this.command = cookCommand();
        this.kitchen = new CookProcess.Kitchen() {
            @Override
            public CookProcess.Job nextJob() throws InterruptedException {
                CookProcess.Job job = orders.take();
                return job == HOME_TIME ? null : job;
            }

            @Override
            public void cookDied(CookProcess cook, boolean whileCooking) {
                lostACook(whileCooking);
            }
        };
        try {
            for (int i = 1; i <= size; i++) {
                synchronized (this) {
                    hire();
                }
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not start a cook process with " + command.get(0), e);
        }
        SideChannel.current().emit(new Fact.PoolOpened(Fact.PoolKind.PROCESS, size));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, R> List<R> mapResults(Recipe<? super T, ? extends R> recipe, List<? extends T> items) {
        if (closed) {
            throw new IllegalStateException("this pool is closed: its cooks went home");
        }
        Batch batch = new Batch(items);
        CookProcess.Job first = null;
        synchronized (this) {
            for (int i = 0; i < items.size(); i++) {
                if (alive == 0) {
                    batch.failed(i, noCookLeft(), null);
                } else {
                    CookProcess.Job job = new CookProcess.Job(batch, i, (Recipe<Object, Object>) recipe);
                    first = first == null ? job : first;
                    orders.add(job);
                }
            }
        }
        packAhead(first);
        return (List<R>) batch.awaitDishes();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<CookProcess> everyCook;
        synchronized (this) {
            everyCook = List.copyOf(cooks);
        }
        everyCook.forEach(cook -> orders.add(HOME_TIME));
        everyCook.forEach(cook -> Uninterruptibly.await(cook::awaitGone));
    }

    /**
     * Packs the first meal on the calling thread, which would only wait: a pool's first meal packs in a JVM that has
     * never serialized a lambda (tens of milliseconds), and it is done while the cooks still start instead of after
     * the first says it is ready. A meal that cannot be packed fails in the cook's waiter, as any other.
     */
    private static void packAhead(CookProcess.Job job) {
        if (job == null) {
            return;
        }
        try {
            CookProcess.packed(job, SideChannel.current());
        } catch (IOException | RuntimeException failed) {
            // The waiter that takes this job meets the same failure and reports it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A cook died. One that died while cooking is replaced, as Python's {@code Pool} replaces a dead worker: its dish
     * is lost, the orders after it are not. One that died before it was ready would only die again, so it is not, and
     * when none is left the orders still waiting can never be cooked: they fail now, where Python's {@code map} would
     * wait for them forever.
     */
    private synchronized void lostACook(boolean whileCooking) {
        alive--;
        if (whileCooking && !closed) {
            try {
                hire();
                return;
            } catch (IOException e) {
                // No replacement: the cooks left carry on, as if it had died before it was ready.
            }
        }
        if (alive > 0) {
            return;
        }
        List<CookProcess.Job> stranded = new ArrayList<>();
        orders.drainTo(stranded);
        for (CookProcess.Job job : stranded) {
            if (job != HOME_TIME) {
                job.batch().failed(job.index(), noCookLeft(), null);
            } else {
                orders.add(job);
            }
        }
    }

    /**
     * Starts one more cook; the caller holds this pool's lock. A replacement hired while the pool closes is in the
     * list that {@link #close()} sends home, or not hired at all: {@code closed} is read under the same lock.
     */
    private void hire() throws IOException {
        CookProcess cook = new CookProcess(cooks.size() + 1, command, kitchen);
        // Counted alive before it starts serving, so that its death can never be counted first.
        cooks.add(cook);
        alive++;
        cook.startServing();
    }

    private synchronized String noCookLeft() {
        return "no cook process is left: all " + cooks.size() + " died";
    }

    /**
     * This kitchen's {@code java}, the cooks' JVM options, this kitchen's classpath; and, when a cook archive for this
     * JDK and the kit's JAR has been built, the options that start from it, with that JAR first as the archive needs.
     */
    private static List<String> cookCommand() {
        List<String> options = KitchenEnvironment.cookJvmOptions();
        String classpath = System.getProperty("java.class.path");
        // No lambdas here: each first one costs a kitchen that has used none yet, before its first cook starts.
        ClassArchive archive = ClassArchive.fitsOptions(options) ? ClassArchive.of(ClassArchive.Jvm.COOK,
                Path.of(System.getProperty("java.home")), Runtime.version().feature(),
                List.of(classpath.split(File.pathSeparator))).orElse(null) : null;
        boolean ready = archive != null && archive.ready();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        if (ready) {
            command.addAll(archive.useOptions());
        }
        command.add("-cp");
        command.add(ready ? archive.classpath() : classpath);
        command.add(CookMain.class.getName());
        return command;
    }
}
