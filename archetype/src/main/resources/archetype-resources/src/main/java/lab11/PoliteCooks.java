package ${package}.lab11;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Pan;

/**
 * Lab 11 · livelock: two polite cooks, one pan. A cook holding the pan hands it to its partner whenever the partner
 * is hungry ("after you!"). Both are hungry until they have cooked, so the pan goes back and forth, both cooks stay
 * busy, and no dish is ever cooked: a livelock, as stuck as a deadlock while the CPU burns.
 *
 * <p>Run {@code main} first: once a second it prints the dishes cooked and how often the pan changed hands; the
 * hand-overs climb by millions and the dishes stay at 0 ({@code top} shows the kitchen at 200 % CPU; stop it with
 * Ctrl-C). Then end the politeness and delete the {@code todo(...)} in {@link #serve}. Check: {@code mvn
 * kitchen:check -Dlab=11}. The kit calls {@code serve} hundreds of times in one kitchen, names a livelock as soon as
 * the hand-overs climb with no dish done, and checks that every dish comes after at most 32 hand-overs and within
 * 0.5 s of the one before, one dish at a time on the pan, each cook its share.
 */
public class PoliteCooks {
    /** A cook of this kitchen: hungry while it has dishes left to cook. */
    static final class Cook {
        private final String name;
        private volatile int dishesLeft;

        Cook(String name, int dishes) {
            this.name = name;
            this.dishesLeft = dishes;
        }

        boolean isHungry() {
            return dishesLeft > 0;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Order order;
    private final Cook cookA;
    private final Cook cookB;
    private final Pan pan;

    PoliteCooks(Order order) {
        this.order = order;
        this.cookA = new Cook("Cook A", order.dishes());
        this.cookB = new Cook("Cook B", order.dishes());
        this.pan = new Pan(order, cookA);
    }

    /** One cook's work: wait for the pan; holding it, step aside while the partner is hungry, else cook a dish. */
    void cook(Cook me, Cook partner) {
        while (me.isHungry()) {
            if (!pan.isHeldBy(me)) {
                // The partner has the pan: let it use the CPU.
                Thread.yield();
                continue;
            }
            if (partner.isHungry()) {
                // "After you!"
                pan.handTo(partner);
                continue;
            }
            order.cook();
            me.dishesLeft--;
        }
        pan.handTo(partner);
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException {
        dev.kitchenlab.kitchen.Todo.todo(
                "serve: your polite cooks livelock (run main and watch the hand-overs climb): let a cook holding the "
                + "pan cook even when its partner is hungry, then delete this line");
        cookTogether(order);
    }

    /** Cook A and Cook B at once, sharing the pan: the talk's threads sharing a kitchen. */
    static void cookTogether(Order order) throws InterruptedException {
        PoliteCooks kitchen = new PoliteCooks(order);
        Thread a = new Thread(() -> kitchen.cook(kitchen.cookA, kitchen.cookB), "Cook A");
        Thread b = new Thread(() -> kitchen.cook(kitchen.cookB, kitchen.cookA), "Cook B");
        a.start();
        b.start();
        a.join();
        b.join();
    }

    /** Serves one order by hand, telling once a second what happened on the pan: a livelock never ends. */
    public static void main(String[] args) throws InterruptedException {
        Order order = new Order(2, 1_000);
        Thread teller = new Thread(() -> tellEverySecond(order), "teller");
        teller.setDaemon(true);
        teller.start();
        cookTogether(order);
        System.out.printf("both cooks cooked their 1,000 dishes; the pan changed hands %,d times%n",
                order.pan().handOvers());
    }

    private static void tellEverySecond(Order order) {
        try {
            while (true) {
                Thread.sleep(1_000);
                Pan pan = order.pan();
                if (pan != null) {
                    System.out.printf("%,d dishes cooked, the pan changed hands %,d times%n", pan.dishes(),
                            pan.handOvers());
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
