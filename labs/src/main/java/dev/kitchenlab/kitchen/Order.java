package dev.kitchenlab.kitchen;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One round of dishes for a kitchen's cooks (labs 09 to 11): so many cooks, so many dishes each, and the kit's own
 * work for every dish. {@link #cook()} cooks one dish and says whether it came out right; only good dishes go on the
 * counter, so the right count differs every round and only the kit knows it. An order may have one {@link Pan}
 * (lab 11), which its cooks hand to each other; the kit then counts what happens on it with every dish.
 *
 * <p>Each cook's first dish (or first look at the pan) waits until every cook of the order has come to the stove, a
 * moment at most, longer only for a cook just started that the machine has not given a core yet: cooks that start
 * together really share the kitchen, which is when a race shows.
 */
public final class Order {
    /** A cook that comes back to the stove after this long paused between dishes (a sleep, a wait). */
    static final long PAUSE_NANOS = 50_000L;
    // Steps of the kit's work per dish: enough that the JIT cannot fold a cook's loop into one addition.
    private static final int WORK = 24;

    private final int cooks;
    private final int dishes;
    private final int work;
    private final Watcher watcher;
    private final ArrivalGate gate;
    private final ThreadLocal<Tally> own = new ThreadLocal<>();
    private final List<Tally> tallies = new CopyOnWriteArrayList<>();
    private volatile Pan pan;
    // Counted in shifts only: a field every cook writes would change how often lab 09's race shows.
    private final boolean countTurns;
    private volatile Tally lastToCook;

    /**
     * Who follows an order's cooks: the kit's stress driver, which reads each cook's tally once the round is over.
     */
    public interface Watcher {
        /** A cook cooked its first dish of the order. */
        void cookArrived(Tally cook);

        /** The program asked the order for its count of good dishes ({@link Order#good()}). */
        void peeked();
    }

    /** An order for {@code cooks} cooks of {@code dishes} dishes each, as a lab's {@code main} makes one by hand. */
    public Order(int cooks, int dishes) {
        this(cooks, dishes, null);
    }

    /** An order whose cooks the kit follows. */
    public Order(int cooks, int dishes, Watcher watcher) {
        this(cooks, dishes, WORK, false, watcher);
    }

    /**
     * An order whose dishes each take {@code work} steps of the kit's work, counting the cooks' turns at the stove
     * when {@code countTurns} (a {@link Shift}'s).
     */
    Order(int cooks, int dishes, int work, boolean countTurns, Watcher watcher) {
        if (cooks < 1 || dishes < 1) {
            throw new IllegalArgumentException("an order needs at least one cook and one dish, not " + cooks
                    + " cooks and " + dishes + " dishes");
        }
        this.cooks = cooks;
        this.dishes = dishes;
        this.work = work;
        this.watcher = watcher;
        this.countTurns = countTurns;
        this.gate = new ArrivalGate(cooks);
    }

    /** How many cooks share the order: start this many threads. */
    public int cooks() {
        return cooks;
    }

    /** How many dishes each cook cooks. */
    public int dishes() {
        return dishes;
    }

    /**
     * Cooks one dish on the calling thread, the kit's work: {@code true} when it came out right and belongs on the
     * counter, {@code false} when it is burnt.
     */
    public boolean cook() {
        Tally tally = arrive();
        if (countTurns) {
            tally.turn(lastToCook == tally);
            lastToCook = tally;
        }
        Pan onThePan = pan;
        if (onThePan == null) {
            return tally.cook();
        }
        onThePan.dishBegins();
        try {
            return tally.cook();
        } finally {
            onThePan.dishEnds();
        }
    }

    /** The order's pan (lab 11), or null when the program made none. */
    public Pan pan() {
        return pan;
    }

    /** Gives the order its one pan. */
    void usePan(Pan made) {
        if (pan != null) {
            throw new IllegalStateException("an order has one pan, and new Pan(order, ...) was called twice for it: "
                    + "make the pan once and share it between the cooks");
        }
        pan = made;
    }

    /**
     * The good dishes cooked so far, by the kit's own count: for a {@code main} to print beside its counter once the
     * cooks are done. Under a check the kit counts by itself, and a round that asks is told so.
     */
    public long good() {
        if (watcher != null) {
            watcher.peeked();
        }
        return tallies.stream().mapToLong(Tally::good).sum();
    }

    /**
     * The calling cook's tally; a cook new to the order arrives first (its first dish, or its first look at the pan),
     * waiting a moment for the others.
     */
    Tally arrive() {
        Tally known = own.get();
        return known != null ? known : arriveNow();
    }

    /** The dishes cooked so far, every cook's together, by the kit's own count. */
    long dishesSoFar() {
        return tallies.stream().mapToLong(Tally::dishes).sum();
    }

    /** The dishes one cook has cooked so far, by the kit's own count. */
    long dishesOf(Thread cook) {
        return tallies.stream().filter(t -> t.thread() == cook).mapToLong(Tally::dishes).sum();
    }

    /** When the first cook came to the order ({@code System.nanoTime}), or 0 before any came. */
    long firstArrivalNanos() {
        return gate.firstArrivalNanos();
    }

    private Tally arriveNow() {
        Tally tally = new Tally(Thread.currentThread(), work);
        own.set(tally);
        tallies.add(tally);
        if (watcher != null) {
            watcher.cookArrived(tally);
        }
        gate.arrive();
        return tally;
    }

    /**
     * What one cook did with the order, counted by the kit on the cook's own thread: no other thread writes it, so
     * its figures are exact.
     */
    public static final class Tally {
        private final Thread cook;
        private final int work;
        private final long arrived = System.nanoTime();
        private long seed = ThreadLocalRandom.current().nextLong() | 1;
        private int dishes;
        private int good;
        private int pauses;
        private int turn;
        private int longestTurn;
        private long first;
        // Volatile: each dish ends with a write the JIT may not move a counter's update across.
        private volatile long last;

        Tally(Thread cook, int work) {
            this.cook = cook;
            this.work = work;
        }

        boolean cook() {
            long now = System.nanoTime();
            if (dishes == 0) {
                first = now;
            } else if (now - last >= PAUSE_NANOS) {
                pauses++;
            }
            long x = seed;
            for (int step = 0; step < work; step++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            seed = x;
            boolean right = (x & 7) != 0;
            dishes++;
            if (right) {
                good++;
            }
            last = System.nanoTime();
            return right;
        }

        /** One more dish in this cook's turn at the stove, or the first of a new turn. */
        void turn(boolean again) {
            turn = again ? turn + 1 : 1;
            longestTurn = Math.max(longestTurn, turn);
        }

        /** The most dishes the cook cooked in a row, no other cook's between (counted in shifts only). */
        public int longestTurn() {
            return longestTurn;
        }

        /** The cook's thread. */
        public Thread thread() {
            return cook;
        }

        /** Dishes cooked. */
        public int dishes() {
            return dishes;
        }

        /** Dishes that came out right. */
        public int good() {
            return good;
        }

        /** Dishes begun after a pause (50 µs or more) since the cook's last one: a sleep, a wait. */
        public int pauses() {
            return pauses;
        }

        /** When the cook came to the order: its first dish, or its first look at the pan ({@code System.nanoTime}). */
        public long arrivedNanos() {
            return arrived;
        }

        /** When the first dish began ({@code System.nanoTime}). */
        public long firstNanos() {
            return first;
        }

        /** When the last dish ended ({@code System.nanoTime}). */
        public long lastNanos() {
            return last;
        }
    }
}
