package dev.kitchenlab.engine.observe;

import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a sample says a process was there: a lab judges which processes ran within a span of its own events by these
 * times (lab 07: no process in thread mode), so a process must never carry a time from before it was seen.
 */
class SampleTimeTest {
    private static final long KITCHEN = 100;
    private static final long COOK = 101;
    // How long each listing of the tree takes here: the observer waiting for a core on a busy machine.
    private static final long SLOW_LISTING_MILLIS = 150;

    @Test
    void aProcessFoundByASlowListingIsStampedWithTheListingsEndNotItsStart() throws InterruptedException {
        AtomicInteger listings = new AtomicInteger();
        AtomicLong cookListingBegan = new AtomicLong();
        ProcessSource slowTable = new ProcessSource() {
            @Override
            public List<Long> tree(long rootPid) {
                // The first listing (the one watch takes at once) finds the kitchen alone; the cook starts during the
                // second, after its clock read and before it lists.
                boolean withCook = listings.getAndIncrement() > 0;
                if (withCook) {
                    cookListingBegan.compareAndSet(0, System.currentTimeMillis());
                }
                pause(SLOW_LISTING_MILLIS);
                return withCook ? List.of(KITCHEN, COOK) : List.of(KITCHEN);
            }

            @Override
            public ProcessReading read(long pid, boolean identity, boolean openFiles) {
                return new ProcessReading(pid, pid == KITCHEN ? 1 : KITCHEN, "cook", "java", 0, 0, "S", 1, 1, 1, 0);
            }

            @Override
            public long totalMemory() {
                return 1L << 30;
            }
        };

        ProcessTreeObserver observer = ProcessTreeObserver.watch(KITCHEN, Duration.ofMillis(10),
                ProcessTreeObserver.Limits.NONE, false, slowTable);
        while (listings.get() < 3) {
            Thread.sleep(10);
        }
        List<ProcessRecord> descendants = observer.stop().descendants();

        ProcessSample firstOfCook = descendants.stream().filter(r -> r.pid() == COOK).findFirst().orElseThrow()
                .samples().get(0);
        assertThat(firstOfCook.epochMillis()).as("the cook's first sample, against the start of the listing that "
                + "found it").isGreaterThanOrEqualTo(cookListingBegan.get() + SLOW_LISTING_MILLIS - 5);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
