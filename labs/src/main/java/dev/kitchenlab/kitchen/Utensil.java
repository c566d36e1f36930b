package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.LockNames;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A utensil of the kitchen, such as the knife or the board (lab 10): one cook holds it at a time. Hold it with
 * {@code synchronized (knife) { ... }}, or as a {@link Lock}: {@code knife.lock()}, or {@code knife.tryLock(1,
 * MILLISECONDS)}, and {@code knife.unlock()} in a {@code finally} block. A cook may take a utensil it already holds
 * again, and must put it down as often.
 *
 * <p>The kit knows each utensil by its name: when cooks hang, its report says "the knife", not a lock's address.
 */
public final class Utensil implements Lock {
    private final String name;
    private final Hand hand = new Hand();

    /** A utensil called {@code name} ("the knife"). */
    public Utensil(String name) {
        this.name = name;
        LockNames.register(this, name);
        LockNames.register(hand, name);
    }

    /** The utensil's name. */
    public String name() {
        return name;
    }

    @Override
    public void lock() {
        hand.acquire(1);
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        hand.acquireInterruptibly(1);
    }

    @Override
    public boolean tryLock() {
        return hand.tryAcquire(1);
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return hand.tryAcquireNanos(1, unit.toNanos(time));
    }

    @Override
    public void unlock() {
        hand.release(1);
    }

    /** Not offered: cooks in these labs wait for a utensil, not for a condition. */
    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("a utensil has no conditions: wait for it with lock or tryLock");
    }

    /** Whether the calling thread holds this utensil as a {@link Lock}. */
    public boolean isHeldByCurrentThread() {
        return hand.isHeldExclusively();
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Who holds the utensil as a {@link Lock}, and how many times over: AbstractQueuedSynchronizer's own mutex
     * pattern, owned by a thread, so the JVM sees a cycle of cooks waiting for utensils as a deadlock.
     */
    private static final class Hand extends AbstractQueuedSynchronizer {
        @Override
        protected boolean tryAcquire(int times) {
            Thread me = Thread.currentThread();
            int state = getState();
            if (state == 0) {
                if (compareAndSetState(0, times)) {
                    setExclusiveOwnerThread(me);
                    return true;
                }
                return false;
            }
            if (getExclusiveOwnerThread() == me) {
                setState(state + times);
                return true;
            }
            return false;
        }

        @Override
        protected boolean tryRelease(int times) {
            if (getExclusiveOwnerThread() != Thread.currentThread()) {
                throw new IllegalMonitorStateException("a cook put down a utensil it did not hold");
            }
            int state = getState() - times;
            if (state == 0) {
                setExclusiveOwnerThread(null);
            }
            setState(state);
            return state == 0;
        }

        @Override
        protected boolean isHeldExclusively() {
            return getExclusiveOwnerThread() == Thread.currentThread();
        }
    }
}
