package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.SideChannel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadWatcherTest {
    // No events folder in a test JVM: the watcher's reports go nowhere, what it tells of ended threads is what is checked.
    private final SideChannel unwatched = SideChannel.open(Fact.Role.KITCHEN);

    @Test
    void eachProgramThreadThatEndedIsToldOnceAtTheLookAfterItsEnd() throws InterruptedException {
        List<Thread> gone = new ArrayList<>();
        ThreadWatcher watcher = new ThreadWatcher(unwatched, gone::add);
        CountDownLatch firstShift = new CountDownLatch(1);
        CountDownLatch secondShift = new CountDownLatch(1);
        List<Thread> early = start(150, "early cook", firstShift);
        List<Thread> late = start(150, "late cook", secondShift);
        watcher.lookNow();
        assertThat(gone).isEmpty();

        firstShift.countDown();
        join(early);
        watcher.lookNow();
        assertThat(gone).containsExactlyInAnyOrderElementsOf(early);
        watcher.lookNow();
        assertThat(gone).as("told once").hasSize(early.size());

        List<Thread> later = start(50, "later cook", secondShift);
        secondShift.countDown();
        join(late);
        join(later);
        watcher.lookNow();
        // The later cooks began and ended between two looks: never seen, so never told.
        assertThat(gone).hasSize(early.size() + late.size()).containsAll(late).doesNotContainAnyElementsOf(later);
    }

    @Test
    void threadsAliveBeforeTheWatcherAndTheKitsOwnAreNotTheProgramsThreads() throws InterruptedException {
        CountDownLatch end = new CountDownLatch(1);
        List<Thread> before = start(3, "before the watcher", end);
        List<Thread> gone = new ArrayList<>();
        ThreadWatcher watcher = new ThreadWatcher(unwatched, gone::add);
        List<Thread> kits = start(3, LineTap.KIT_THREAD_PREFIX + "helper", end);
        watcher.lookNow();
        end.countDown();
        join(before);
        join(kits);
        watcher.lookNow();
        assertThat(gone).isEmpty();
        assertThat(before).noneMatch(watcher::isProgramThread);
        assertThat(kits).noneMatch(watcher::isProgramThread);
    }

    private static List<Thread> start(int count, String name, CountDownLatch end) {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(() -> {
                try {
                    end.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }, name + " " + i);
            thread.start();
            threads.add(thread);
        }
        return threads;
    }

    private static void join(List<Thread> threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
