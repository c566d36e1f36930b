package dev.kitchenlab.kitchen;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ThreadPoolTest {

    @Test
    void resultsComeBackInTheOrderOfTheItemsWhicheverCookFinishesFirst() {
        try (ThreadPool pool = new ThreadPool(3)) {
            List<Integer> dishes = pool.mapResults(n -> {
                Thread.sleep(30L * (3 - n));
                return n * 10;
            }, List.of(0, 1, 2));

            assertThat(dishes).containsExactly(0, 10, 20);
        }
    }

    @Test
    void cooksWorkAtTheSameTimeOnTheirOwnThreads() throws InterruptedException {
        Set<String> cooks = ConcurrentHashMap.newKeySet();
        CountDownLatch allIn = new CountDownLatch(4);
        try (ThreadPool pool = new ThreadPool(4)) {
            pool.map(item -> {
                cooks.add(Thread.currentThread().getName());
                allIn.countDown();
                // Each cook waits for all four: only cooks that work at once get past this.
                assertThat(allIn.await(5, TimeUnit.SECONDS)).isTrue();
            }, List.of("a", "b", "c", "d"));
        }
        assertThat(cooks).containsExactlyInAnyOrder("cook-1", "cook-2", "cook-3", "cook-4");
    }

    @Test
    void aBurntDishIsReportedAfterTheOthersAreDone() {
        Set<String> cooked = ConcurrentHashMap.newKeySet();
        try (ThreadPool pool = new ThreadPool(2)) {
            assertThatThrownBy(() -> pool.map(item -> {
                if (item.equals("toast")) {
                    throw new IllegalStateException("burnt");
                }
                Thread.sleep(50);
                cooked.add(item);
            }, List.of("toast", "soup", "rice"))).isInstanceOf(CookFailedException.class)
                    .hasMessageContaining("item 0 (toast)").hasRootCauseMessage("burnt");
        }
        assertThat(cooked).containsExactlyInAnyOrder("soup", "rice");
    }

    @Test
    void theFailureCarriesTheDishesTheOtherCooksServed() {
        try (ThreadPool pool = new ThreadPool(2)) {
            CookFailedException failed = catchThrowableOfType(CookFailedException.class, () -> pool.mapResults(item -> {
                if (item.equals("toast")) {
                    throw new IllegalStateException("burnt");
                }
                return "hot " + item;
            }, List.of("soup", "toast", "rice")));

            List<String> dishes = failed.dishes();
            assertThat(dishes).containsExactly("hot soup", null, "hot rice");
            assertThat(failed.<String>lost()).containsExactly("toast");
        }
    }

    @Test
    void closingWaitsForTheCooksAndSendsThemHome() {
        long cooksBefore = liveCooks();
        ThreadPool pool = new ThreadPool(2);
        assertThat(liveCooks()).isEqualTo(cooksBefore + 2);

        pool.close();

        assertThat(liveCooks()).isEqualTo(cooksBefore);
        assertThatThrownBy(() -> pool.map(item -> { }, List.of(1))).hasMessageContaining("closed");
    }

    private static long liveCooks() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("cook-") && t.isAlive()).count();
    }

    @Test
    void aPoolNeedsAtLeastOneCook() {
        assertThatThrownBy(() -> new ThreadPool(0)).hasMessageContaining("at least 1 cook");
    }
}
