package dev.kitchenlab.catalogue.lab11;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 11's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them.
 */
public final class Cases {
    /** The lab sleeps no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab11.PoliteCooks";
    }

    private static String line(String name) {
        return "students\\." + name + "\\.lab11\\.PoliteCooks\\.cook\\(PoliteCooks\\.java:\\d+\\)";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(LivelockLab.LAB, "reference solution", "org.example.kitchen.lab11.PoliteCooks", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n).matches("\\d+ rounds ended"))
                                .anySatisfy(n -> assertThat(n).isEqualTo("hand-overs a dish at most 2"))
                                .anySatisfy(n -> assertThat(n).matches("cooks together in \\d+"))),
                LabCase.right(LivelockLab.LAB, "a cook steps aside on a coin flip", student("coinflip"), TICK),
                LabCase.right(LivelockLab.LAB, "only Cook A steps aside", student("onlya"), TICK),
                LabCase.right(LivelockLab.LAB, "a Semaphore a cook, the pan handed with a release",
                        student("semaphores"), TICK),
                LabCase.wrong(LivelockLab.LAB, "todo deleted, the politeness left in", student("polite"), TICK,
                        Verdict.FAIL, "^round 1 livelocked: no dish was cooked for \\d+\\.\\d s while the pan "
                                + "changed hands [\\d,]+ times and the kitchen burnt (\\d+\\.\\d s|\\d+ ms) of CPU, "
                                + "so the kit stopped the kitchen and ran no later round; Cook [AB] was runnable at "
                                + line("polite"))
                        .also((result, work) -> KitchenRuns.assertNothingLeftRunning(result)),
                // Rarer is not never: now and then one dish needs a thousand hand-overs or more, and the kit then
                // stops the kitchen at a livelock (seen 1 run in 150, with four kitchens at once on 2 cores).
                LabCase.wrong(LivelockLab.LAB, "a cook steps aside 99 times in 100", student("rarer"), TICK,
                        Verdict.FAIL, "^(in round \\d+ a dish came only after the pan changed hands [\\d,]+ times, "
                                + "and in \\d+ of \\d+ rounds one took more than 32: the cooks still step aside for "
                                + "each other, only less often, so the livelock is rarer, not gone"
                                + "|round \\d+ livelocked: no dish was cooked for \\d+\\.\\d s while the pan changed "
                                + "hands [\\d,]+ times)"),
                LabCase.wrong(LivelockLab.LAB, "a pause before stepping aside", student("pausing"), TICK,
                        Verdict.FAIL, "^round 1 livelocked: no dish was cooked for \\d+\\.\\d s while the pan changed "
                                + "hands [\\d,]+ times")
                        .also((result, work) -> KitchenRuns.assertNothingLeftRunning(result)),
                LabCase.wrong(LivelockLab.LAB, "the pan ignored", student("nopan"), TICK, Verdict.FAIL,
                        "^in round \\d+ \\d+ dishes were cooking on the one pan at the same moment: a cook cooked "
                                + "without holding the pan"),
                LabCase.wrong(LivelockLab.LAB, "Cook A cooks alone", student("onecook"), TICK, Verdict.FAIL,
                        "^in round \\d+ only 1 of the 2 cooks cooked \\(Cook A cooked 20 dishes\\): a kitchen where "
                                + "one cook works alone cannot livelock"),
                LabCase.wrong(LivelockLab.LAB, "cooks one after another", student("takingturns"), TICK, Verdict.FAIL,
                        "^the cooks took turns: in none of \\d+ rounds was a cook in the kitchen while another was"),
                LabCase.wrong(LivelockLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: serve: your polite cooks livelock \\(run main and watch the hand-overs "
                                + "climb\\)"));
    }
}
