package dev.kitchenlab.catalogue.lab06;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 06's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** The lab waits for no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab06.Spawn";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(SpawnLab.LAB, "reference solution", "org.example.kitchen.lab06.Spawn", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n).matches("thread \\d+\\.\\d\\d ms \\[[\\d.]+–[\\d.]+\\]"))
                                .anySatisfy(n -> assertThat(n).matches("process \\d+\\.\\d\\d ms \\[[\\d.]+–[\\d.]+\\]"))
                                .contains("timed by your lab 05 wrapper")),
                LabCase.right(SpawnLab.LAB, "an executor per thread, output discarded", "students.executor.lab06.Spawn", TICK),
                LabCase.right(SpawnLab.LAB, "a Thread subclass, Runtime.exec waited for through onExit",
                        student("subclass"), TICK),
                LabCase.wrong(SpawnLab.LAB, "a thread passed off as a process", student("threadasprocess"), TICK,
                        Verdict.FAIL, "^runProcess started a thread, not a process, in 23 of 23 calls"),
                LabCase.wrong(SpawnLab.LAB, "/bin/true, not a cook", student("bintrue"), TICK, Verdict.FAIL,
                        "^runProcess started no cook: none of its 23 calls .* had a cook check in; a program that is "
                                + "not a JVM \\(such as /bin/true\\) is a process, but not a cook"),
                LabCase.wrong(SpawnLab.LAB, "a process not waited for", student("notwaited"), TICK, Verdict.FAIL,
                        "^runProcess came back before its cook was done in \\d+ of 23 calls"),
                LabCase.wrong(SpawnLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: runThread: start a thread that does nothing"));
    }
}
