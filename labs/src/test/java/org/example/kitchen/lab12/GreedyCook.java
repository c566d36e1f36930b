package org.example.kitchen.lab12;

import dev.kitchenlab.kitchen.Shift;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Lab 12's reference solution: every cook waits in line on a fair stove, and holds it for one dish. */
public class GreedyCook {
    private final Lock stove = new ReentrantLock(true);
    private final Shift shift;

    GreedyCook(Shift shift) {
        this.shift = shift;
    }

    /** The greedy cook, cured: one dish each time it gets the stove. */
    void greedy() {
        while (shift.isOpen()) {
            stove.lock();
            try {
                shift.cook();
            } finally {
                stove.unlock();
            }
        }
    }

    /** A modest cook: waits in line for the stove, and cooks one dish each time it gets it. */
    void modest() {
        while (shift.isOpen()) {
            stove.lock();
            try {
                shift.cook();
            } finally {
                stove.unlock();
            }
        }
    }

    /** One shift, called by the kit many times: every cook cooks until the shift is over. */
    static void serve(Shift shift) throws InterruptedException {
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

    /** Works one shift of a second by hand and prints every cook's dishes, and the dishes a second. */
    public static void main(String[] args) throws InterruptedException {
        Shift shift = new Shift(4, Duration.ofSeconds(1));
        for (Thread cook : work(shift)) {
            System.out.printf("%s: %,d dishes%n", cook.getName(), shift.dishesOf(cook));
        }
        System.out.printf("%,d dishes in the shift of a second%n", shift.dishes());
    }
}
