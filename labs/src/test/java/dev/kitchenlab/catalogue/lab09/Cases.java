package dev.kitchenlab.catalogue.lab09;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 09's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** The lab sleeps no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab09.DishCounter";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(RaceLab.LAB, "reference solution", "org.example.kitchen.lab09.DishCounter", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .contains("lost updates in 0 of 200 rounds")
                                .anySatisfy(n -> assertThat(n).matches("cooks together in \\d+"))
                                .anySatisfy(n -> assertThat(n).matches("a round \\d+\\.\\d ms"))),
                LabCase.right(RaceLab.LAB, "an AtomicInteger", student("atomic"), TICK),
                LabCase.right(RaceLab.LAB, "an executor's threads on a LongAdder", student("executor"), TICK),
                LabCase.wrong(RaceLab.LAB, "todo deleted, the race left in", student("racy"), TICK, Verdict.FAIL,
                        "^lost updates in [1-9]\\d* of 200 rounds, worst round lost [\\d,]+ of [\\d,]+ good dishes: "
                                + "count\\+\\+ is a read, an add and a write"),
                LabCase.wrong(RaceLab.LAB, "volatile alone", student("volatilecount"), TICK, Verdict.FAIL,
                        "^lost updates in [1-9]\\d* of 200 rounds, .*: your counter DishCounter\\.served is volatile"),
                LabCase.wrong(RaceLab.LAB, "a lock made fresh for each call", student("freshlock"), TICK,
                        Verdict.FAIL, "^lost updates in [1-9]\\d* of 200 rounds, .*one made fresh for each call, "
                                + "such as new Object\\(\\), guards nothing"),
                LabCase.wrong(RaceLab.LAB, "one cook cooks every dish", student("onecook"), TICK, Verdict.FAIL,
                        "^one cook did every dish: in \\d+ of \\d+ rounds the thread cook-1 cooked all 10,000 dishes "
                                + "alone"),
                LabCase.wrong(RaceLab.LAB, "cooks one after another", student("takingturns"), TICK, Verdict.FAIL,
                        "^the cooks took turns: in none of \\d+ rounds did a cook cook while another did"),
                LabCase.wrong(RaceLab.LAB, "a sleep before each count", student("sleepycount"), TICK, Verdict.FAIL,
                        "^your cooks paused between dishes \\(a sleep, or a wait\\): in \\d+ of \\d+ rounds"),
                LabCase.wrong(RaceLab.LAB, "a lock never let go", student("neverunlocks"), TICK, Verdict.FAIL,
                        "^round 1 hung: no dish was cooked for \\d+\\.\\d s, so the kit stopped the kitchen and ran no "
                                + "later round; .*cook-[12] was waiting at students\\.neverunlocks\\.lab09\\.DishCounter"
                                + "\\.countDish\\(DishCounter\\.java:\\d+\\) for a ReentrantLock")
                        .also((result, work) -> KitchenRuns.assertNothingLeftRunning(result)),
                LabCase.wrong(RaceLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: serve: your cooks lose dishes \\(run main to see how many\\)"));
    }
}
