package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Cooks as threads in this one kitchen (process), as the talk's {@code ThreadPool(4)}: they share its memory
 * and its PID, so {@code ps -T} shows them and {@code ps u} shows one process.
 *
 * <pre>{@code
 * try (ThreadPool pool = new ThreadPool(4)) {
 *     pool.map(ManyCooks::sayHello, NAMES);
 * }
 * }</pre>
 */
public final class ThreadPool implements Pool {
    private static final Runnable HOME_TIME = () -> { };

    private final BlockingQueue<Runnable> orders = new LinkedBlockingQueue<>();
    // Filled by the constructor before any cook can see the pool, then only read.
    private final List<Thread> cooks = new ArrayList<>();
    private volatile boolean closed;

    /** A pool with one cook per CPU, as Python's default. */
    public ThreadPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A pool of {@code size} cook threads, started at once, as Python starts its workers. */
    public ThreadPool(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 cook, not " + size);
        }
        for (int i = 1; i <= size; i++) {
            Thread cook = new Thread(this::work, "cook-" + i);
            // Daemon, as Python's pool workers: a kitchen that forgets to close its pool still ends.
            cook.setDaemon(true);
            cooks.add(cook);
            cook.start();
        }
        SideChannel.current().emit(new Fact.PoolOpened(Fact.PoolKind.THREAD, size));
    }

    @Override
    public int size() {
        return cooks.size();
    }

    @Override
    public <T, R> List<R> mapResults(Recipe<? super T, ? extends R> recipe, List<? extends T> items) {
        if (closed) {
            throw new IllegalStateException("this pool is closed: its cooks went home");
        }
        Batch batch = new Batch(items);
        SideChannel events = SideChannel.current();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            T item = items.get(i);
            orders.add(() -> {
                String name = Items.describe(item);
                events.emit(new Fact.DishStarted(name, System.identityHashCode(item)));
                try {
                    Object dish = recipe.cook(item);
                    events.emit(new Fact.DishFinished(name));
                    batch.served(index, dish);
                } catch (Throwable t) {
                    events.emit(new Fact.DishFinished(name));
                    batch.failed(index, "the cook on " + Thread.currentThread().getName() + " failed: " + t, t);
                }
            });
        }
        @SuppressWarnings("unchecked")
        List<R> dishes = (List<R>) batch.awaitDishes();
        return dishes;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cooks.forEach(cook -> orders.add(HOME_TIME));
        cooks.forEach(cook -> Uninterruptibly.await(cook::join));
    }

    private void work() {
        while (true) {
            Runnable order;
            try {
                order = orders.take();
            } catch (InterruptedException e) {
                return;
            }
            if (order == HOME_TIME) {
                return;
            }
            order.run();
        }
    }
}
