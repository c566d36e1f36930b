package dev.kitchenlab.catalogue.lab13;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 13's programs, right and wrong, and what the kit must say of each, for the engine tests and the campaign. */
public final class Cases {
    /** The lab sleeps no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab13.ClosingTime";
    }

    private static String line(String name, String method) {
        return "students\\." + name + "\\.lab13\\.ClosingTime\\." + method + "\\(ClosingTime\\.java:\\d+\\)";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(VisibilityLab.LAB, "reference solution", "org.example.kitchen.lab13.ClosingTime", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n).matches("stopped when told in (\\d+) of \\1 rounds"))
                                .anySatisfy(n -> assertThat(n).isEqualTo("volatile flags ClosingTime.stop"))
                                .anySatisfy(n -> assertThat(n).startsWith(System.getProperty("os.arch") + ": "))),
                LabCase.right(VisibilityLab.LAB, "an AtomicBoolean flag", student("atomic"), TICK),
                LabCase.right(VisibilityLab.LAB, "a plain flag behind synchronized accessors",
                        student("synchronizedaccessors"), TICK),
                LabCase.right(VisibilityLab.LAB, "the cook's thread interrupted", student("interrupt"), TICK),
                LabCase.wrong(VisibilityLab.LAB, "todo deleted, the flag left plain", student("plain"), TICK,
                        Verdict.FAIL, "^round \\d+: Cook A never saw the stop flag: \\d+\\.\\d s after it was set it "
                                + "was still spinning at " + line("plain", "cook") + "; `ClosingTime\\.stop` is not "
                                + "volatile, so the JIT may read it once and keep the value in a register; the kit "
                                + "stopped the kitchen and ran no later round")
                        .also((result, work) -> {
                            KitchenRuns.assertNothingLeftRunning(result);
                            assertThat(result.figures().notes()).anySatisfy(n -> assertThat(n)
                                    .matches("stale flag in round (\\d+) of \\1"));
                        }),
                LabCase.wrong(VisibilityLab.LAB, "a volatile flag read once, before the loop", student("copy"), TICK,
                        Verdict.FAIL, "^round 1: Cook A never saw the stop flag: \\d+\\.\\d s after it was set it was "
                                + "still spinning at " + line("copy", "cook") + "; `ClosingTime\\.stop` is volatile, "
                                + "yet the cook's loop never saw it change"),
                LabCase.wrong(VisibilityLab.LAB, "cook and stop both synchronized", student("locked"), TICK,
                        Verdict.FAIL, "^round 1: the head cook could not tell Cook A to stop: its call of stop\\(\\) "
                                + "was blocked at " + line("locked", "(stop|closingTime)") + ", waiting for a lock "
                                + "held by Cook A for \\d+\\.\\d s while Cook A was spinning at "
                                + line("locked", "cook") + ": a cook that holds the lock for its whole loop"),
                LabCase.wrong(VisibilityLab.LAB, "Cook A goes home by itself", student("ownaccord"), TICK,
                        Verdict.FAIL, "^in \\d+ of \\d+ rounds Cook A stopped before the head cook set the flag "
                                + "\\(round \\d+: after \\d+\\.\\d ms of stirring\\)"),
                LabCase.wrong(VisibilityLab.LAB, "a nap between looks at the flag", student("napping"), TICK,
                        Verdict.FAIL, "^in round \\d+ Cook A stopped \\d+\\.\\d ms after the flag was set, and in \\d+ "
                                + "of \\d+ rounds later than 500 ms: the cook sees the flag, but looks at it only now "
                                + "and then"),
                LabCase.wrong(VisibilityLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: stop: Cook A never sees this flag once the JIT has compiled its loop"));
    }
}
