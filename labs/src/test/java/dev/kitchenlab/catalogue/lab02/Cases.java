package dev.kitchenlab.catalogue.lab02;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 02's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** Forked cooks need a tick of about a second to tell one round from two on 2 cores. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab02.ManyKitchens";
    }

    /** Every case, right ones first; after each, no process of the run may be left. */
    public static List<LabCase> all() {
        LabCase.Check nothingLeft = (result, work) -> KitchenRuns.assertNothingLeftRunning(result);
        return List.of(
                LabCase.right(KitchensLab.LAB, "reference solution", "org.example.kitchen.lab02.ManyKitchens", TICK)
                        .also((result, work) -> {
                            int cpus = Runtime.getRuntime().availableProcessors();
                            assertThat(result.figures().cookProcesses().orElseThrow()).as("cook processes")
                                    .isEqualTo(cpus);
                            assertThat(result.figures().peakCooksRss().orElseThrow()).as("the cooks' memory, together")
                                    .isPositive();
                            int rounds = (4 + cpus - 1) / cpus;
                            assertThat(result.figures().ticks().orElseThrow()).as("ticks")
                                    .isGreaterThanOrEqualTo(rounds - 0.05);
                            nothingLeft.on(result, work);
                        }),
                LabCase.right(KitchensLab.LAB, "four ProcessBuilder children sharing the output", student("processbuilder"),
                        TICK).also(nothingLeft),
                LabCase.right(KitchensLab.LAB, "four children with nothing of the kit", student("plainchildren"), TICK)
                        .also(nothingLeft),
                LabCase.wrong(KitchensLab.LAB, "threads instead of processes", student("threads"), TICK, Verdict.FAIL,
                        "printed by the kitchen.*no cook process was seen").also(nothingLeft),
                // Four ticks one after another, or more on a busy machine (5.1 once, beside the plugin's ITs).
                LabCase.wrong(KitchensLab.LAB, "a pool of one", student("poolofone"), TICK, Verdict.FAIL,
                        "your kitchens took turns: (?:[4-9]|\\d{2,})\\.\\d ticks").also(nothingLeft),
                LabCase.wrong(KitchensLab.LAB, "the kitchen greets, not its cooks", student("kitchenprints"), TICK,
                        Verdict.FAIL, "4 greeting\\(s\\) were printed by the kitchen.*cook process\\(es\\) were "
                                + "started, but the kitchen printed").also(nothingLeft),
                LabCase.wrong(KitchensLab.LAB, "a cook killed mid-meal", student("killedcook"), TICK, Verdict.CRASH,
                        "cook process \\d \\(pid \\d+\\) died while cooking Jess \\(exit code 137\\)")
                        .also((result, work) -> {
                            // Only Jess's dish is missing: the other cooks' greetings still arrived.
                            assertThat(result.findings()).anySatisfy(f -> assertThat(f.message())
                                    .startsWith("missing greeting: Hi Jess! ("));
                            nothingLeft.on(result, work);
                        }),
                LabCase.wrong(KitchensLab.LAB, "main written, sayHello still todo", student("halfwritten"), TICK,
                        Verdict.FAIL, "^lab not started: sayHello: sleep one tick.* at students\\.halfwritten\\.lab02"
                                + "\\.ManyKitchens\\.sayHello\\(ManyKitchens\\.java:\\d+\\)").also(nothingLeft),
                LabCase.wrong(KitchensLab.LAB, "hard-coded Thread.sleep(10_000)", student("tenseconds"), TICK,
                        Verdict.FAIL, "your cooks were still in Thread\\.sleep at students\\.tenseconds\\.lab02"
                                + "\\.ManyKitchens\\.sayHello\\(ManyKitchens\\.java:\\d+\\) when the kit stopped the "
                                + "kitchen at your -Dkitchen\\.timeout=5s")
                        .timeout(Duration.ofSeconds(5)).also(nothingLeft));
    }
}
