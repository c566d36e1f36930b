package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.EventType;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 */
public final class ProcessPool implements Pool {
    /**
     * The cooks' JVM options unless a check says otherwise: the fastest start measured on JDK 17 (C1 only, no
     * perf data file, a small heap).
     */
    public static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xmx64m");

    private static final CookProcess.Job HOME_TIME = new CookProcess.Job(null, -1, null);

    private final BlockingQueue<CookProcess.Job> orders = new LinkedBlockingQueue<>();
    private final List<CookProcess> cooks = new ArrayList<>();
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
        List<String> command = cookCommand();
        CookProcess.Kitchen kitchen = new CookProcess.Kitchen() {
            @Override
            public CookProcess.Job nextJob() throws InterruptedException {
                CookProcess.Job job = orders.take();
                return job == HOME_TIME ? null : job;
            }

            @Override
            public void cookDied(CookProcess cook) {
                lostACook();
            }
        };
        try {
            for (int i = 1; i <= size; i++) {
                cooks.add(new CookProcess(i, command, kitchen));
                alive++;
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("could not start a cook process with " + command.get(0), e);
        }
        SideChannel.current().emit(EventType.POOL_OPEN, "process " + size);
    }

    @Override
    public int size() {
        return cooks.size();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T, R> List<R> mapResults(Recipe<? super T, ? extends R> recipe, List<? extends T> items) {
        if (closed) {
            throw new IllegalStateException("this pool is closed: its cooks went home");
        }
        Batch batch = new Batch(items);
        synchronized (this) {
            for (int i = 0; i < items.size(); i++) {
                if (alive == 0) {
                    batch.failed(i, "no cook process is left: all " + cooks.size() + " died", null);
                } else {
                    orders.add(new CookProcess.Job(batch, i, (Recipe<Object, Object>) recipe));
                }
            }
        }
        return (List<R>) batch.awaitDishes();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cooks.forEach(cook -> orders.add(HOME_TIME));
        cooks.forEach(cook -> Uninterruptibly.await(cook::awaitGone));
    }

    /** A cook died: when none is left, the orders still waiting can never be cooked, so they fail now. */
    private synchronized void lostACook() {
        alive--;
        if (alive > 0) {
            return;
        }
        List<CookProcess.Job> stranded = new ArrayList<>();
        orders.drainTo(stranded);
        for (CookProcess.Job job : stranded) {
            if (job != HOME_TIME) {
                job.batch().failed(job.index(), "no cook process is left: all " + cooks.size() + " died", null);
            } else {
                orders.add(job);
            }
        }
    }

    private static List<String> cookCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String configured = System.getenv(KitchenEnvironment.COOK_JVM_OPTIONS);
        if (configured == null) {
            command.addAll(FAST_START);
        } else {
            Arrays.stream(configured.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CookMain.class.getName());
        return command;
    }
}
