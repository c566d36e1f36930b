package students.volatilesold.lab14;

import dev.kitchenlab.kitchen.Rush;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lab 14 with the shelves fixed by compute, and the books made volatile alone. */
public class LastPortion {
    /** The portions left of each dish of the menu. */
    private final Map<String, Integer> shelves = new ConcurrentHashMap<>();
    /** The portions sold, by the books: volatile, so every cook sees the latest count. */
    private volatile int sold;

    /** A pantry stocked with {@code portions} of each dish of the menu. */
    LastPortion(int portions) {
        for (String dish : Rush.MENU) {
            shelves.put(dish, portions);
        }
    }

    /** Takes a portion of {@code dish} if one is left, in one compute: whether it took one. */
    boolean takeOne(String dish) {
        boolean[] took = new boolean[1];
        shelves.compute(dish, (name, left) -> {
            took[0] = left > 0;
            return took[0] ? left - 1 : left;
        });
        return took[0];
    }

    /** Serves one request for {@code dish}: every cook calls it, at the same time as the others. */
    void serveOne(Rush rush, String dish) {
        if (takeOne(dish)) {
            rush.plate(dish);
            sold++;
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
        return pantry.sold;
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
