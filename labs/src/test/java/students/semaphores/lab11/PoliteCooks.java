package students.semaphores.lab11;

import dev.kitchenlab.kitchen.Order;
import dev.kitchenlab.kitchen.Pan;

import java.util.concurrent.Semaphore;

/**
 * A right program written another way: a cook waiting for the pan sleeps on a {@code Semaphore} instead of yielding,
 * and the cook handing the pan over releases it; each cook still cooks a dish before it steps aside.
 */
public class PoliteCooks {
    /** A cook of this kitchen: hungry while it has dishes left to cook. */
    static final class Cook {
        private final String name;
        private volatile int dishesLeft;
        /** A permit each time the pan is handed to this cook, and one at the start for the cook holding it first. */
        private final Semaphore turn;

        Cook(String name, int dishes, boolean first) {
            this.name = name;
            this.dishesLeft = dishes;
            this.turn = new Semaphore(first ? 1 : 0);
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
        this.cookA = new Cook("Cook A", order.dishes(), true);
        this.cookB = new Cook("Cook B", order.dishes(), false);
        this.pan = new Pan(order, cookA);
    }

    /** One cook's work: sleep until handed the pan; holding it, cook a dish, then hand it on to a hungry partner. */
    void cook(Cook me, Cook partner) {
        me.turn.acquireUninterruptibly();
        while (me.isHungry()) {
            order.cook();
            me.dishesLeft--;
            if (partner.isHungry()) {
                // The partner sleeps until this release: no cook burns the CPU waiting for the pan.
                pan.handTo(partner);
                partner.turn.release();
                if (me.isHungry()) {
                    me.turn.acquireUninterruptibly();
                }
            }
        }
    }

    /** One round, called by the kit many times: both cooks cook their dishes, and every round must end. */
    static void serve(Order order) throws InterruptedException {
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
}
