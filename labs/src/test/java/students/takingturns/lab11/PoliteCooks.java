package students.takingturns.lab11;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Pan;

/** Cook B starts only when Cook A is done: nobody has to be polite. */
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

    /** One cook's work: wait for the pan; holding it, cook every dish, then hand it over. */
    void cook(Cook me, Cook partner) {
        while (me.isHungry()) {
            if (!pan.isHeldBy(me)) {
                // The partner has the pan: let it use the CPU.
                Thread.yield();
                continue;
            }
            order.cook();
            me.dishesLeft--;
        }
        pan.handTo(partner);
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException {
        cookTogether(order);
    }

    /** Cook A, then Cook B: one cook in the kitchen at a time. */
    static void cookTogether(Order order) throws InterruptedException {
        PoliteCooks kitchen = new PoliteCooks(order);
        Thread a = new Thread(() -> kitchen.cook(kitchen.cookA, kitchen.cookB), "Cook A");
        Thread b = new Thread(() -> kitchen.cook(kitchen.cookB, kitchen.cookA), "Cook B");
        a.start();
        a.join();
        b.start();
        b.join();
    }
}
