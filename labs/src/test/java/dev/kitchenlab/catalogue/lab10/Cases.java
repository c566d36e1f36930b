package dev.kitchenlab.catalogue.lab10;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 10's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them.
 */
public final class Cases {
    /** The lab sleeps no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab10.KnifeAndBoard";
    }

    private static String line(String name, String cook) {
        return "students\\." + name + "\\.lab10\\.KnifeAndBoard\\." + cook + "\\(KnifeAndBoard\\.java:\\d+\\)";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(DeadlockLab.LAB, "reference solution", "org.example.kitchen.lab10.KnifeAndBoard", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n).matches("\\d+ rounds ended"))
                                .anySatisfy(n -> assertThat(n).matches("cooks together in \\d+"))),
                LabCase.right(DeadlockLab.LAB, "a timed tryLock with back-off", student("trylock"), TICK),
                LabCase.right(DeadlockLab.LAB, "one lock around both utensils", student("onelock"), TICK),
                LabCase.right(DeadlockLab.LAB, "two tasks on a fixed pool of 2", student("executor"), TICK),
                LabCase.right(DeadlockLab.LAB, "lock and unlock in finally, the same order", student("lockapi"), TICK),
                LabCase.right(DeadlockLab.LAB, "the lower identityHashCode first", student("identityorder"), TICK),
                LabCase.wrong(DeadlockLab.LAB, "todo deleted, the opposite orders left in", student("opposite"), TICK,
                        Verdict.FAIL, "^round \\d+ hung in a deadlock: Cook A holds the knife and waits for the board "
                                + "at " + line("opposite", "cookA") + ", held by Cook B, who waits for the knife at "
                                + line("opposite", "cookB") + "; the JVM found the cycle \\d+\\.\\d s after the last "
                                + "dish")
                        .also((result, work) -> KitchenRuns.assertNothingLeftRunning(result)),
                LabCase.wrong(DeadlockLab.LAB, "a tryLock without timeout, the first utensil kept", student("spinning"),
                        TICK, Verdict.FAIL, "^round \\d+ hung: no dish was cooked for \\d+\\.\\d s, so the kit stopped "
                                + "the kitchen and ran no later round; Cook [AB] was runnable at "
                                + line("spinning", "cook[AB]") + ", holding the (knife|board)")
                        .also((result, work) -> KitchenRuns.assertNothingLeftRunning(result)),
                LabCase.wrong(DeadlockLab.LAB, "Cook A cooks alone", student("onecook"), TICK, Verdict.FAIL,
                        "^in round \\d+ only 1 of the 2 cooks cooked \\(Cook A cooked 5,000 dishes\\)"),
                LabCase.wrong(DeadlockLab.LAB, "cooks one after another", student("takingturns"), TICK, Verdict.FAIL,
                        "^the cooks took turns: in none of \\d+ rounds did a cook cook while another did"),
                LabCase.wrong(DeadlockLab.LAB, "a single-thread executor", student("poolofone"), TICK, Verdict.FAIL,
                        "^in round \\d+ one thread, pool-\\d+-thread-1, cooked all 10,000 dishes, every cook's "
                                + "share in turn \\(a pool of one thread runs its tasks one after another\\)"),
                LabCase.wrong(DeadlockLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: serve: your cooks deadlock \\(run main and watch it stop\\)"));
    }
}
