package students.casloop.lab14;

import dev.kitchenlab.kitchen.Rush;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lab 14 fixed without a lock: each shelf an AtomicInteger taken from in a compareAndSet loop, the books an
 * AtomicInteger.
 */
public class LastPortion {
    /** The portions left of each dish of the menu, one counter a dish. */
    private final Map<String, AtomicInteger> shelves = new HashMap<>();
    /** The portions sold, by the books. */
    private final AtomicInteger sold = new AtomicInteger();

    /** A pantry stocked with {@code portions} of each dish of the menu. */
    LastPortion(int portions) {
        for (String dish : Rush.MENU) {
            shelves.put(dish, new AtomicInteger(portions));
        }
    }

    /** Takes a portion of {@code dish} if one is left: retries when another cook took one between look and take. */
    boolean takeOne(String dish) {
        AtomicInteger shelf = shelves.get(dish);
        while (true) {
            int left = shelf.get();
            if (left == 0) {
                return false;
            }
            if (shelf.compareAndSet(left, left - 1)) {
                sold.incrementAndGet();
                return true;
            }
        }
    }

    /** Serves one request for {@code dish}: every cook calls it, at the same time as the others. */
    void serveOne(Rush rush, String dish) {
        if (takeOne(dish)) {
            rush.plate(dish);
        }
    }

    /** One rush, called by the kit many times: the portions the books say were sold. */
    static int serve(Rush rush) throws InterruptedException {
        return rushHour(rush);
    }

    /** rush.cooks() cooks at once, each taking rush.dishes() requests and serving them from the one pantry. */
    static int rushHour(Rush rush) throws InterruptedException {
        LastPortion pantry = new LastPortion(rush.portions());
        List<Thread> cooks = new ArrayList<>();
        for (int i = 1; i <= rush.cooks(); i++) {
            Thread cook = new Thread(() -> {
                for (int request = 0; request < rush.dishes(); request++) {
                    pantry.serveOne(rush, rush.nextDish());
                }
            }, "cook-" + i);
            cooks.add(cook);
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        return pantry.sold.get();
    }

    /** Serves a few rushes by hand, printing the portions plated against the stock and the books. */
    public static void main(String[] args) throws InterruptedException {
        for (int round = 1; round <= 10; round++) {
            Rush rush = new Rush(2, 20_000, 3_750);
            int sold = rushHour(rush);
            long stocked = (long) rush.portions() * Rush.MENU.size();
            System.out.printf("round %d: %,d portions stocked, %,d plated (%,d too many), the books say %,d sold%n",
                    round, stocked, rush.plated(), Math.max(0, rush.plated() - stocked), sold);
        }
    }
}
