package ${package}.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lab 12 · starvation: four cooks, one stove. The greedy cook takes the stove for a batch of 50 dishes and takes it
 * again the moment it lets go; the modest cooks look whether the stove is free and, when it is not, come back a
 * millisecond later. It is free for a few nanoseconds between two batches: they find it taken every time. They are
 * ready to cook and never get to: they starve.
 *
 * <p>Run {@code main} first: it works one shift of a second and prints every cook's dishes. Then let every cook have
 * its turn and delete the {@code todo(...)} in {@link #serve}. Check: {@code mvn kitchen:check -Dlab=12}. The kit
 * calls {@code serve} for shift after shift in one kitchen, counts every cook's dishes by itself, and calls a cook
 * starved when it cooks less than a quarter of an equal share in a quarter of the shifts or more; it also shows the
 * dishes a second, the price of fairness.
 */
public class GreedyCook {
    private final Lock stove = new ReentrantLock();
    private final Shift shift;

    GreedyCook(Shift shift) {
        this.shift = shift;
    }

    /** The greedy cook: holds the stove for a batch of 50 dishes, and takes it again the moment it lets go. */
    void greedy() {
        while (shift.isOpen()) {
            stove.lock();
            try {
                for (int dish = 0; dish < 50 && shift.isOpen(); dish++) {
                    shift.cook();
                }
            } finally {
                stove.unlock();
            }
        }
    }

    /** A modest cook: looks whether the stove is free and cooks a dish if it is, else comes back in a moment. */
    void modest() {
        while (shift.isOpen()) {
            if (stove.tryLock()) {
                try {
                    shift.cook();
                } finally {
                    stove.unlock();
                }
            } else if (!comeBackLater()) {
                return;
            }
        }
    }

    /** A millisecond away from the stove; false when the cook was told to stop. */
    private static boolean comeBackLater() {
        try {
            Thread.sleep(1);
            return true;
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One shift, called by the kit many times: every cook cooks until the shift is over. */
    static void serve(Shift shift) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo(
                "serve: your modest cooks starve (run main to see their dishes): let them wait in line for the stove "
                + "and hold it for one dish at a time, then delete this line");
        work(shift);
    }

    /** The greedy cook and the modest ones, all at once at the one stove; returns the cooks once the shift is over. */
    static List<Thread> work(Shift shift) throws InterruptedException {
        GreedyCook kitchen = new GreedyCook(shift);
        List<Thread> cooks = new ArrayList<>();
        cooks.add(new Thread(kitchen::greedy, "Greedy cook"));
        for (int cook = 2; cook <= shift.cooks(); cook++) {
            cooks.add(new Thread(kitchen::modest, "Cook " + cook));
        }
        for (Thread cook : cooks) {
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        return cooks;
    }

    /**
     * Part two, priority starvation: busy cooks, each at a burner of its own (no stove to share), half at the highest
     * priority and half at the lowest, cook until the shift is over; then the dishes per priority are printed.
     */
    static void priorities(Shift shift) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>();
        for (int cook = 1; cook <= shift.cooks(); cook++) {
            Thread thread = new Thread(() -> {
                while (shift.isOpen()) {
                    shift.cook();
                }
            }, "Busy cook " + cook);
            thread.setPriority(cook % 2 == 0 ? Thread.MIN_PRIORITY : Thread.MAX_PRIORITY);
            cooks.add(thread);
        }
        for (Thread cook : cooks) {
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        dev.kitchenlab.kitchen.Todo.todo(
                "priorities: print the dishes the cooks of each priority cooked, one line a priority: 'priority 10: "
                + "412,345 dishes' (shift.dishesOf(cook) counts a cook's), then delete this line");
    }

    /** Works one shift of a second by hand and prints every cook's dishes, and the dishes a second. */
    public static void main(String[] args) throws InterruptedException {
        Shift shift = new Shift(4, Duration.ofSeconds(1));
        for (Thread cook : work(shift)) {
            System.out.printf("%s: %,d dishes%n", cook.getName(), shift.dishesOf(cook));
        }
        System.out.printf("%,d dishes in the shift of a second%n", shift.dishes());
        priorities(new Shift(8, Duration.ofSeconds(1)));
    }
}
