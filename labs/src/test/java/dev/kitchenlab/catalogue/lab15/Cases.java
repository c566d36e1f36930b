package dev.kitchenlab.catalogue.lab15;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 15's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them.
 * The programs need JDK 21 APIs, so they live in {@code src/test/java21}, compiled and judged only where a JDK 21+ is
 * known (the {@code jdk21} profile of this module); the cases themselves name them only, so they compile at release 17.
 */
public final class Cases {
    /** Each cook naps a tick: the check's own default, long enough for 10,000 virtual cooks to be at work at once. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab15.TenThousandCooks";
    }

    /** Every case, right ones first; after each, no process of the run may be left. */
    public static List<LabCase> all() {
        LabCase.Check nothingLeft = (result, work) -> KitchenRuns.assertNothingLeftRunning(result);
        return List.of(
                LabCase.right(VirtualLab.LAB, "reference solution", "org.example.kitchen.lab15.TenThousandCooks", TICK)
                        .also((result, work) -> {
                            assertThat(result.figures().notes())
                                    .anySatisfy(n -> assertThat(n).matches("virtual \\d+\\.\\d\\d s \\(\\d+\\.\\d ticks\\), "
                                            + "10,000 at once"))
                                    .anySatisfy(n -> assertThat(n).matches("platform \\d+\\.\\d\\d s .*"))
                                    .anySatisfy(n -> assertThat(n).matches("OS threads \\+[\\d,]+ virtual, \\+[\\d,]+ "
                                            + "platform"))
                                    .anySatisfy(n -> assertThat(n).matches("RSS \\d+ MB before, \\d+ MB virtual, \\d+ MB "
                                            + "platform"));
                            nothingLeft.on(result, work);
                        }),
                LabCase.right(VirtualLab.LAB, "a thread-per-task executor in each mode, closed by try-with-resources",
                        student("executor"), TICK),
                LabCase.right(VirtualLab.LAB, "Thread.startVirtualThread and new Thread", student("startvirtual"), TICK),
                LabCase.wrong(VirtualLab.LAB, "both modes platform", student("allplatform"), TICK, Verdict.FAIL,
                        "^virtualCooks started 10,000 platform threads, not virtual ones: each is an OS thread of its "
                                + "own"),
                LabCase.wrong(VirtualLab.LAB, "virtual mode on a fixed pool of 8", student("fixedpool"), TICK,
                        Verdict.FAIL, "^virtualCooks ran its 10,000 shifts on 8 platform thread\\(s\\), 8 at once at "
                                + "most: a pool of cooks taking turns, not 10,000 virtual cooks \\([\\d,]+ shifts began "
                                + "over 10 ticks late")
                        .also(nothingLeft),
                LabCase.wrong(VirtualLab.LAB, "a thousand cooks", student("thousand"), TICK, Verdict.FAIL,
                        "^virtualCooks hired 1,000 cooks, one shift each: the lab asks for COOKS, 10,000"),
                LabCase.wrong(VirtualLab.LAB, "cooks not waited for", student("notwaited"), TICK, Verdict.FAIL,
                        "^virtualCooks came back while [\\d,]+ of its 10,000 cooks were still at work: join every cook")
                        .also(nothingLeft),
                LabCase.wrong(VirtualLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: virtualCooks: start COOKS virtual threads running shift"));
    }
}
