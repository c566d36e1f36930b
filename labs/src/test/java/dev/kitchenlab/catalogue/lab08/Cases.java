package dev.kitchenlab.catalogue.lab08;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 08's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** A dish takes a tenth of a tick: a second's tick keeps the meals short and the cooks overlapping. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab08.Crash";
    }

    /** Every case, right ones first; after each, no process of the run may be left. */
    public static List<LabCase> all() {
        LabCase.Check nothingLeft = (result, work) -> KitchenRuns.assertNothingLeftRunning(result);
        return List.of(
                LabCase.right(CrashLab.LAB, "reference solution", "org.example.kitchen.lab08.Crash", TICK)
                        .also((result, work) -> {
                            assertThat(result.findings()).extracting(f -> f.message())
                                    .anySatisfy(m -> assertThat(m).matches("when one cook threw on \\w+, the other 5 "
                                            + "dishes were served and \\w+ was reported lost"))
                                    .anySatisfy(m -> assertThat(m).contains("the whole kitchen ended (exit code 86): "
                                            + "0 of the 5 other dishes reached the table"));
                            nothingLeft.on(result, work);
                        }),
                LabCase.right(CrashLab.LAB, "thread mode with an ExecutorService and futures", student("executor"),
                        TICK).also(nothingLeft),
                LabCase.right(CrashLab.LAB, "thread mode catching each burnt dish inside the recipe",
                        student("recipecatch"), TICK).also(nothingLeft),
                LabCase.wrong(CrashLab.LAB, "CookFailedException escapes", student("escapes"), TICK, Verdict.FAIL,
                        "^when one cook threw on \\w+, your kitchen let CookFailedException escape: none of the 5 "
                                + "other dishes reached the table, though the other cooks had cooked 5$")
                        .also(nothingLeft),
                LabCase.wrong(CrashLab.LAB, "the lost dish is not reported", student("unreported"), TICK, Verdict.FAIL,
                        "^when one cook threw on (\\w+), the other 5 dishes were served, but your kitchen did not say "
                                + "that \\1 was lost$").also(nothingLeft),
                LabCase.wrong(CrashLab.LAB, "the order slips handed back as dishes", student("ordersasdishes"), TICK,
                        Verdict.FAIL, "^when one cook threw on \\w+, your kitchen served \"\\w+\", .*, which no cook "
                                + "cooked on the kit's stove$").also(nothingLeft),
                LabCase.wrong(CrashLab.LAB, "thread mode gives up with System.exit(1)", student("exitonfailure"), TICK,
                        Verdict.FAIL, "^when one cook threw on \\w+, your whole kitchen ended \\(exit code 1\\): none "
                                + "of the 5 other dishes reached the table").also(nothingLeft),
                LabCase.wrong(CrashLab.LAB, "thread mode waits forever for the lost dish", student("waitsforever"),
                        TICK, Verdict.FAIL, "^thread mode's kitchen was still waiting 1\\d s after it started, when "
                                + "one cook threw on \\w+: a kitchen that waits for a dish that will never come")
                        .also(nothingLeft),
                LabCase.wrong(CrashLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: threadMode: serve\\(pool, orders\\) with a new ThreadPool\\(3\\)")
                        .also(nothingLeft));
    }
}
