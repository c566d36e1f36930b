package dev.kitchenlab.catalogue.lab01;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 01's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** The lab waits for no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab01.MyKitchen";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(PsLab.LAB, "reference solution", "org.example.kitchen.lab01.MyKitchen", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n).matches("ps at the row: RSS [\\d–]+ KiB, [\\d–]+ "
                                        + "threads, [\\d–]+ files"))
                                .anySatisfy(n -> assertThat(n).matches("waiting \\d+\\.\\d % CPU"))),
                LabCase.right(PsLab.LAB, "the JDK and /proc alone, no OSHI", "students.plainjdk.lab01.MyKitchen", TICK),
                LabCase.wrong(PsLab.LAB, "the parent's PID", student("parentpid"), TICK, Verdict.FAIL,
                        "^PID \\d+ is your kitchen's parent \\(the JVM that started it: Maven, the IDE or the check\\), "
                                + "not your kitchen, which is \\d+"),
                LabCase.wrong(PsLab.LAB, "an RSS typed in", student("typedrss"), TICK, Verdict.FAIL,
                        "^you printed RSS 40,960 KiB, and ps saw [\\d,–]+ KiB when you printed it \\(within 15 % or "
                                + "8 MiB would do\\): a figure read earlier or typed in is stale"),
                LabCase.wrong(PsLab.LAB, "an RSS read before the kitchen grew", student("stalerss"), TICK,
                        Verdict.FAIL, "^you printed RSS [\\d,]+ KiB, and ps saw [\\d,–]+ KiB when you printed it "
                                + "\\(within 15 % or 8 MiB would do\\): a figure read earlier or typed in is stale"),
                LabCase.wrong(PsLab.LAB, "the heap as RSS", student("heaprss"), TICK, Verdict.FAIL,
                        "^you printed RSS [\\d,]+ KiB, and ps saw [\\d,–]+ KiB when you printed it: that is the "
                                + "JVM's heap \\(Runtime\\.totalMemory\\(\\) or maxMemory\\(\\)\\)"),
                LabCase.wrong(PsLab.LAB, "a busy wait for the name", student("busywait"), TICK, Verdict.FAIL,
                        "^while it waited for a name, your kitchen used \\d+ % of a core \\(\\d+ samples, [a-z, ]+\\): "
                                + "it spun"),
                LabCase.wrong(PsLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: "));
    }
}
