package dev.kitchenlab.catalogue.lab05;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 05's wrappers, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** The driver's workloads are milliseconds of its own; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab05.Timed";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(TimedLab.LAB, "reference solution", "org.example.kitchen.lab05.Timed", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n)
                                        .matches("sleep100 yours 1\\d\\d\\.\\d\\d ms, kit 1\\d\\d\\.\\d\\d ms"))),
                LabCase.right(TimedLab.LAB, "an inner class, printf with three decimals", "students.printf.lab05.Timed", TICK),
                LabCase.wrong(TimedLab.LAB, "seconds, not milliseconds", student("seconds"), TICK, Verdict.FAIL,
                        "^your figures are about a thousand times too small: sleep100 took 1\\d\\d\\.\\d ms, and you "
                                // The program's own first figure: 0.34 for a sleep the busy machine stretched to 340 ms.
                                + "printed \"sleep100: 0\\.\\d+ms\""),
                LabCase.wrong(TimedLab.LAB, "System.currentTimeMillis", student("wholemillis"), TICK, Verdict.FAIL,
                        "^spin03 takes a third of a millisecond \\(\\d+\\.\\d\\d ms by the kit's clock\\), and you printed "
                                + "\"spin03: \\d+\\.00ms\""),
                LabCase.wrong(TimedLab.LAB, "only the first call timed", student("firstonly"), TICK, Verdict.FAIL,
                        "^only the first call of sleep20 was timed: it was called 5 times and timed once"),
                LabCase.wrong(TimedLab.LAB, "printed before the call ends", student("printsfirst"), TICK,
                        Verdict.FAIL, "^sleep20's timing was printed \\d+\\.\\d ms into a call of \\d+\\.\\d ms, before "
                                + "its work was done"),
                LabCase.wrong(TimedLab.LAB, "an exception swallowed", student("swallows"), TICK, Verdict.FAIL,
                        "^the wrapped call threw, and your wrapper swallowed the exception"),
                LabCase.wrong(TimedLab.LAB, "the clock started when the wrapper is made", student("wrapstime"), TICK,
                        Verdict.FAIL, "^your figures are off \\(medians\\): sleep20: you printed \\d+\\.\\d\\d ms, the kit "
                                + "measured \\d+\\.\\d\\d ms"),
                LabCase.wrong(TimedLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: timed: return a Supplier .* at students\\.skeleton\\.lab05\\.Timed\\.timed"
                                + "\\(Timed\\.java:\\d+\\)"));
    }
}
