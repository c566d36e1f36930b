package dev.kitchenlab.kitchen;

import dev.kitchenlab.engine.KitchenRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The process pool with real cook JVMs, started from this test JVM as a kitchen would start them. Alone among this JVM's
 * children: after each test none may be left.
 */
@ResourceLock(KitchenRuns.CHILD_PROCESSES)
class ProcessPoolTest {

    @AfterEach
    void everyCookWentHome() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void eachCookIsAChildProcessWithItsOwnPid() {
        try (ProcessPool pool = new ProcessPool(2)) {
            List<Long> pids = pool.mapResults(item -> ProcessHandle.current().pid(), List.of(1, 2, 3, 4));
            List<Long> parents = pool.mapResults(item -> ProcessHandle.current().parent().orElseThrow().pid(),
                    List.of(1, 2));

            assertThat(pids).doesNotContain(ProcessHandle.current().pid());
            assertThat(pids.stream().distinct().count()).isBetween(1L, 2L);
            assertThat(parents).containsOnly(ProcessHandle.current().pid());
        }
    }

    @Test
    void dishesComeBackInTheOrderOfTheItems() {
        try (ProcessPool pool = new ProcessPool(2)) {
            List<Integer> dishes = pool.mapResults(n -> {
                Thread.sleep(40L * (4 - n));
                return n * n;
            }, List.of(1, 2, 3, 4));

            assertThat(dishes).containsExactly(1, 4, 9, 16);
        }
    }

    @Test
    void aCookGetsACopyOfItsItemNotTheKitchensOwn() {
        ArrayList<Integer> pot = new ArrayList<>(List.of(1, 2, 3));
        try (ProcessPool pool = new ProcessPool(1)) {
            List<Integer> sizes = pool.mapResults(copy -> {
                copy.add(99);
                return copy.size();
            }, List.of(pot));

            assertThat(sizes).containsExactly(4);
        }
        assertThat(pot).containsExactly(1, 2, 3);
    }

    @Test
    void whatACookPrintsReachesTheKitchensOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ProcessPool pool = new ProcessPool(2)) {
            pool.map(name -> System.out.println("Hi " + name + "!"), List.of("Kai", "Tessa"));
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder("Hi Kai!", "Hi Tessa!");
    }

    @Test
    void aRecipeThatThrowsBurnsOnlyItsOwnDish() {
        try (ProcessPool pool = new ProcessPool(2)) {
            assertThatThrownBy(() -> pool.mapResults(n -> {
                if (n == 2) {
                    throw new IllegalArgumentException("no twos");
                }
                return n;
            }, List.of(1, 2, 3))).isInstanceOf(CookFailedException.class)
                    .hasMessageContaining("item 1 (2)", "the recipe threw in cook process", "no twos");
            assertThat(pool.mapResults(n -> n + 1, List.of(1))).containsExactly(2);
        }
    }

    @Test
    void aCookThatDiesFailsItsDishAndTheOthersCarryOn() {
        try (ProcessPool pool = new ProcessPool(2)) {
            assertThatThrownBy(() -> pool.map(n -> {
                if (n == 0) {
                    Runtime.getRuntime().halt(137);
                }
                Thread.sleep(100);
            }, List.of(0, 1, 2, 3))).isInstanceOf(CookFailedException.class)
                    .hasMessageMatching("item 0 \\(0\\): cook process \\d \\(pid \\d+\\) died while cooking 0 \\(exit code 137\\)");
            assertThat(pool.mapResults(n -> n, List.of(7, 8))).containsExactly(7, 8);
        }
    }

    @Test
    void aCookThatDiesWhileCookingIsReplacedSoEveryOtherDishIsServed() {
        try (ProcessPool pool = new ProcessPool(1)) {
            CookFailedException failed = catchThrowableOfType(CookFailedException.class, () -> pool.mapResults(n -> {
                if (n % 2 == 1) {
                    Runtime.getRuntime().halt(3);
                }
                return ProcessHandle.current().pid();
            }, List.of(0, 1, 2, 3, 4)));

            assertThat(failed).hasMessageContaining("item 1 (1): cook process 1").hasMessageContaining(
                    "item 3 (3): cook process 2");
            assertThat(failed.<Integer>lost()).containsExactly(1, 3);
            List<Long> dishes = failed.dishes();
            assertThat(dishes).hasSize(5);
            assertThat(dishes.get(1)).isNull();
            assertThat(dishes.get(3)).isNull();
            // Each dish after a death was cooked by the cook hired in the dead one's place.
            assertThat(List.of(dishes.get(0), dishes.get(2), dishes.get(4))).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(pool.mapResults(n -> n, List.of(7))).containsExactly(7);
        }
    }
}
