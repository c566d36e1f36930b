package dev.kitchenlab.catalogue.lab12;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 12's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them.
 */
public final class Cases {
    /** The lab sleeps no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab12.GreedyCook";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(StarvationLab.LAB, "reference solution", "org.example.kitchen.lab12.GreedyCook", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                // A fair lock's cook may still go short in a shift on a busy machine (fewer than a
                                // quarter of them pass): the note is there, whatever the machine did.
                                .anySatisfy(n -> assertThat(n).matches("a cook starved in \\d+ of \\d+ shifts"))
                                .anySatisfy(n -> assertThat(n).matches("[\\d,]+ dishes a second"))
                                .anySatisfy(n -> assertThat(n).matches("priority 10 bought \\d+\\.\\d\\d× priority 1's "
                                        + "dishes"))),
                LabCase.right(StarvationLab.LAB, "in line on the unfair lock, one dish a turn", student("shortholds"),
                        TICK),
                LabCase.right(StarvationLab.LAB, "in line for the monitor, one dish a turn", student("monitor"), TICK),
                LabCase.right(StarvationLab.LAB, "a fair semaphore, a new pool of cooks every shift",
                        student("semaphore"), TICK),
                LabCase.wrong(StarvationLab.LAB, "todo deleted, batches and glances left in", student("greedy"), TICK,
                        Verdict.FAIL, "^a cook starved in \\d+ of \\d+ shifts, cooking less than a quarter of an equal "
                                + "share: in shift \\d+ Cook \\d cooked [\\d,]+ dishes while Greedy cook cooked "
                                + "[\\d,]+"),
                LabCase.wrong(StarvationLab.LAB, "a fair lock, the modest cooks still glancing", student("fairpoll"),
                        TICK, Verdict.FAIL, "^a cook starved in \\d+ of \\d+ shifts, cooking less than a quarter of an "
                                + "equal share: in shift \\d+ Cook \\d cooked \\d+ dishes while Greedy cook cooked "
                                + "[\\d,]+.*; a cook that only glances at the stove \\(tryLock\\) and comes back later "
                                + "finds it taken every time"),
                LabCase.wrong(StarvationLab.LAB, "two cooks of four", student("twocooks"), TICK, Verdict.FAIL,
                        "^in shift \\d+ only 2 of the 4 cooks came to the stove"),
                LabCase.wrong(StarvationLab.LAB, "cooks one after another", student("inturn"), TICK, Verdict.FAIL,
                        "^the cooks took turns: in none of \\d+ shifts was a cook in the kitchen while another was"),
                LabCase.wrong(StarvationLab.LAB, "every busy cook at one priority", student("samepriority"), TICK,
                        Verdict.FAIL, "^all \\d+ cooks of the priority shift ran at priority 5: set half of them to "
                                + "Thread.MAX_PRIORITY"),
                LabCase.wrong(StarvationLab.LAB, "counts made up, not measured", student("madeup"), TICK,
                        Verdict.FAIL, "^you printed priority 10: 900,000 dishes, and the kit counted [\\d,]+: count a "
                                + "cook's dishes with shift.dishesOf\\(cook\\)"),
                LabCase.wrong(StarvationLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: serve: your modest cooks starve \\(run main to see their dishes\\)"));
    }
}
