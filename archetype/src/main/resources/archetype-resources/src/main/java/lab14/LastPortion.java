package ${package}.lab14;

import dev.kitchenlab.kitchen.Rush;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lab 14 · atomicity: the last portion, sold twice. Two cooks serve a dinner rush from one pantry: for each request a
 * cook looks at the shelf ("is a portion of this dish left?"), plates it, takes it off the shelf and books the sale.
 * Each of those is a step another cook can cut in between, so the pantry sells portions it does not have.
 *
 * <p>Run {@code main} first: it serves a few rushes by hand and prints how many portions went out beyond the stock.
 * Then make {@link #serveOne} take a portion in one step no other cook can cut into, before plating it, keep the books
 * in that step too, and delete the {@code todo(...)} in {@link #serve}. Check: {@code mvn kitchen:check -Dlab=14}. The
 * kit calls {@code serve} hundreds of times in one kitchen, counts every portion plated itself, and checks that in
 * every round every portion went out once, none twice, and that your books match, the cooks still at work together.
 */
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

    /** Serves one request for {@code dish}: every cook calls it, at the same time as the others. */
    void serveOne(Rush rush, String dish) {
        if (shelves.get(dish) > 0) {
            // Between this look and the take below, another cook can take the last portion: check, then act.
            rush.plate(dish);
            shelves.put(dish, shelves.get(dish) - 1);
            // A read, an add and a write: javap -c shows them as getfield, iconst_1, iadd, putfield.
            sold++;
        }
    }

    /** One rush, called by the kit many times: the portions the books say were sold. */
    static int serve(Rush rush) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo(
                "serve: your pantry sells the last portion twice (run main to see how often): make the look and the "
                + "take one step no other cook can cut into, keep the books in it, then delete this line");
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
