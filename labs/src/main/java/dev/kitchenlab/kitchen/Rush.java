package dev.kitchenlab.kitchen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dinner rush of lab 14: so many cooks, each taking so many requests for the dishes of the {@link #MENU}, and a
 * pantry stocked with fewer portions of each dish than are asked for, so every dish sells out. {@link #nextDish()}
 * takes the calling cook's next request and says which dish it is for; {@link #plate(String)} hands a portion of it
 * out, which takes a moment. The kit counts both on each cook's own thread, so it knows how many portions of each dish
 * really went out, whatever the program's books say.
 *
 * <p>Every cook is asked for the dishes in the menu's order, a block of requests each, so the cooks ask for the same
 * dish at the same time, when it sells out. Each cook's first request waits, a moment at most, until every cook of
 * the rush has come: cooks that start together really share the pantry, which is when a check-then-act shows.
 */
public final class Rush {
    /** The dishes of the menu, asked for in this order. */
    public static final List<String> MENU = List.of("soup", "stew", "pie", "fish", "curry", "risotto", "tart",
            "salad");
    /**
     * The longest a cook's first request waits for the others: longer than an {@code Order}'s, since a rush's cooking
     * is short, and on a loaded machine a cook started second may wait for a core longer than a cook's whole share.
     */
    static final long GATE_NANOS = 100_000_000L;
    /** A cook that comes back for a request after this long paused between requests (a sleep, a wait). */
    static final long PAUSE_NANOS = 50_000L;
    // Steps of the kit's work per request: enough that the JIT cannot fold a cook's loop into one subtraction.
    private static final int WORK = 24;

    private final int cooks;
    private final int dishes;
    private final int portions;
    private final Watcher watcher;
    private final ThreadLocal<Tally> own = new ThreadLocal<>();
    private final List<Tally> tallies = new CopyOnWriteArrayList<>();
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicLong gateOpened = new AtomicLong();
    private volatile boolean gateOpen;

    /** Who follows a rush's cooks: the kit's stress driver, which reads each cook's tally once the round is over. */
    public interface Watcher {
        /** A cook took its first request of the rush. */
        void cookArrived(Tally cook);
    }

    /**
     * A rush for {@code cooks} cooks of {@code dishes} requests each, the pantry stocked with {@code portions} of each
     * dish of the menu.
     */
    public Rush(int cooks, int dishes, int portions) {
        this(cooks, dishes, portions, null);
    }

    /** A rush whose cooks the kit follows. */
    public Rush(int cooks, int dishes, int portions, Watcher watcher) {
        if (cooks < 1 || dishes < 1 || portions < 0) {
            throw new IllegalArgumentException("a rush needs at least one cook, one dish and no negative portions, "
                    + "not " + cooks + " cooks, " + dishes + " dishes and " + portions + " portions");
        }
        this.cooks = cooks;
        this.dishes = dishes;
        this.portions = portions;
        this.watcher = watcher;
    }

    /** How many cooks share the pantry: start this many threads. */
    public int cooks() {
        return cooks;
    }

    /** How many requests each cook takes: call {@link #nextDish()} this many times on each cook's thread. */
    public int dishes() {
        return dishes;
    }

    /** The portions of each dish delivered to the pantry before the rush: stock each dish with exactly these. */
    public int portions() {
        return portions;
    }

    /** Takes the calling cook's next request, the kit's work: the dish it is for. */
    public String nextDish() {
        return tally().request(dishes);
    }

    /**
     * Hands one portion of {@code dish}, taken from the pantry, to the guest, on the calling cook's thread: the kit's
     * work, which takes a moment.
     */
    public void plate(String dish) {
        int at = MENU.indexOf(dish);
        if (at < 0) {
            throw new IllegalArgumentException("there is no " + dish + " on the menu: plate a dish nextDish() named");
        }
        tally().plate(at);
    }

    /** The portions handed out so far, by the kit's own count: for a {@code main} to print once the cooks are done. */
    public long plated() {
        return tallies.stream().mapToLong(Tally::plated).sum();
    }

    private Tally tally() {
        Tally known = own.get();
        return known != null ? known : arrive();
    }

    private Tally arrive() {
        Tally tally = new Tally(Thread.currentThread());
        own.set(tally);
        tallies.add(tally);
        if (watcher != null) {
            watcher.cookArrived(tally);
        }
        if (arrived.incrementAndGet() >= cooks) {
            gateOpen = true;
        }
        gateOpened.compareAndSet(0, System.nanoTime());
        // Spinning keeps this cook on its core while the others come, as an Order's cooks do.
        while (!gateOpen) {
            if (System.nanoTime() - gateOpened.get() > GATE_NANOS) {
                gateOpen = true;
            }
            Thread.onSpinWait();
        }
        return tally;
    }

    /**
     * What one cook did in the rush, counted by the kit on the cook's own thread: no other thread writes it, so its
     * figures are exact.
     */
    public static final class Tally {
        private final Thread cook;
        private final long arrived = System.nanoTime();
        private final int[] platedAt = new int[MENU.size()];
        private long seed = ThreadLocalRandom.current().nextLong() | 1;
        private int requests;
        private int plated;
        private int pauses;
        private long first;
        // Volatile: each request ends with a write the JIT may not move the pantry's update across.
        private volatile long last;

        Tally(Thread cook) {
            this.cook = cook;
        }

        String request(int dishes) {
            long now = System.nanoTime();
            if (requests == 0) {
                first = now;
            } else if (now - last >= PAUSE_NANOS) {
                pauses++;
            }
            work();
            String dish = MENU.get((int) ((long) Math.min(requests, dishes - 1) * MENU.size() / dishes));
            requests++;
            last = System.nanoTime();
            return dish;
        }

        void plate(int dish) {
            work();
            platedAt[dish]++;
            plated++;
            last = System.nanoTime();
        }

        private void work() {
            long x = seed;
            for (int step = 0; step < WORK; step++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            seed = x;
        }

        /** The cook's thread. */
        public Thread thread() {
            return cook;
        }

        /** Requests taken. */
        public int requests() {
            return requests;
        }

        /** Portions handed out. */
        public int plated() {
            return plated;
        }

        /** Portions of the dish {@code MENU.get(dish)} handed out. */
        public int platedOf(int dish) {
            return platedAt[dish];
        }

        /** Requests taken after a pause (50 µs or more) since the cook's last one: a sleep, a wait. */
        public int pauses() {
            return pauses;
        }

        /** When the cook came to the rush ({@code System.nanoTime}). */
        public long arrivedNanos() {
            return arrived;
        }

        /** When the first request was taken ({@code System.nanoTime}). */
        public long firstNanos() {
            return first;
        }

        /** When the last request or portion was done ({@code System.nanoTime}). */
        public long lastNanos() {
            return last;
        }
    }
}
