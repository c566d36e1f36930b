package dev.kitchenlab.kitchen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One call of {@code map}: the dishes as they come back, in the order of the items, and what went wrong.
 * Shared by the thread pool and the process pool, whose cooks complete it from their own threads.
 */
final class Batch {
    private final List<?> items;
    // The three arrays are written by cook threads, each slot once, before they count down done; they are read only
    // after done reached zero, so the latch orders every write before every read.
    private final Object[] dishes;
    private final String[] failures;
    private final Throwable[] causes;
    private final CountDownLatch done;
    // Guarded by itself; keyed by identity, as the copies are made of objects, whatever their equals says.
    private final Map<Object, FutureTask<byte[]>> packed = new IdentityHashMap<>();

    Batch(List<?> items) {
        this.items = items;
        this.dishes = new Object[items.size()];
        this.failures = new String[items.size()];
        this.causes = new Throwable[items.size()];
        this.done = new CountDownLatch(items.size());
    }

    Object item(int index) {
        return items.get(index);
    }

    /**
     * The bytes of an item's meal, packed by the first cook process that needs them and shared with the others: the
     * talk's {@code [XS, XS, XS]} is serialized once, not three times, and each cook still unpacks its own copy.
     */
    byte[] packedOnce(Object item, Callable<byte[]> pack) throws IOException, InterruptedException {
        FutureTask<byte[]> packing;
        boolean mine = false;
        synchronized (packed) {
            packing = packed.get(item);
            if (packing == null) {
                packing = new FutureTask<>(pack);
                packed.put(item, packing);
                mine = true;
            }
        }
        if (mine) {
            packing.run();
        }
        try {
            return packing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    void served(int index, Object dish) {
        dishes[index] = dish;
        done.countDown();
    }

    void failed(int index, String what, Throwable cause) {
        failures[index] = what;
        causes[index] = cause;
        done.countDown();
    }

    /**
     * Waits for every item, then gives the dishes in item order.
     *
     * @throws CookFailedException once all are done, if any item failed: its message says why each was lost, and it
     *                             carries the dishes the other cooks served
     */
    List<Object> awaitDishes() {
        Uninterruptibly.await(done::await);
        List<String> why = new ArrayList<>();
        List<Object> lost = new ArrayList<>();
        Throwable firstCause = null;
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] != null) {
                if (lost.isEmpty()) {
                    firstCause = causes[i];
                }
                why.add("item " + i + " (" + Items.describe(items.get(i)) + "): " + failures[i]);
                lost.add(items.get(i));
            }
        }
        if (!lost.isEmpty()) {
            throw new CookFailedException(String.join("; ", why), firstCause, Arrays.asList(dishes), lost);
        }
        return Arrays.asList(dishes);
    }
}
