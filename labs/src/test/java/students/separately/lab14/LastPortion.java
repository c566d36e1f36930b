package students.separately.lab14;

import dev.kitchenlab.kitchen.Rush;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lab 14 with the look and the take each synchronized, but apart: the gap between them is still there. */
public class LastPortion {
    /** The portions left of each dish of the menu: one set of shelves every cook takes from. */
    private final Map<String, Integer> shelves = new HashMap<>();
    /** The portions sold, by the books. */
    private int sold;

    /** A pantry stocked with {@code portions} of each dish of the menu. */
    LastPortion(int portions) {
        for (String dish : Rush.MENU) {
            shelves.put(dish, portions);
        }
    }

    /** Whether a portion of {@code dish} is left. */
    synchronized boolean inStock(String dish) {
        return shelves.get(dish) > 0;
    }

    /** Takes a portion of {@code dish} off the shelf and books the sale. */
    synchronized void take(String dish) {
        shelves.put(dish, shelves.get(dish) - 1);
        sold++;
    }

    /** Serves one request for {@code dish}: every cook calls it, at the same time as the others. */
    void serveOne(Rush rush, String dish) {
        if (inStock(dish)) {
            rush.plate(dish);
            take(dish);
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
        synchronized (pantry) {
            return pantry.sold;
        }
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
