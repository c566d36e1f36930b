package dev.kitchenlab.catalogue.lab04;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 04's answers, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** The quiz kitchens sleep half of it, as in a check. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab04.Quiz";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(QuizLab.LAB, "reference solution", "org.example.kitchen.lab04.Quiz", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .anySatisfy(n -> assertThat(n).matches("Pool\\(\\) on 2 CPUs with 4 names 2\\.\\d\\d ticks"))
                                .anySatisfy(n -> assertThat(n).matches("\\d orders of 4 greetings"))),
                LabCase.right(QuizLab.LAB, "rounded up by Math.ceil and floorDiv, printed with printf",
                        student("ceiling"), TICK),
                LabCase.wrong(QuizLab.LAB, "the same order every run", student("fixedorder"), TICK, Verdict.FAIL,
                        "^ThreadPool\\(4\\) greeted the same 4 names in \\d different orders in \\d+ runs, e\\.g\\. "
                                + "\\w+,\\w+,\\w+,\\w+, then \\w+,\\w+,\\w+,\\w+; you predicted the same order"),
                LabCase.wrong(QuizLab.LAB, "Pool() of 2 whatever the CPUs", student("twocpus"), TICK, Verdict.FAIL,
                        "^Pool\\(\\) on [134] CPU\\(s\\) opened [134] cook process\\(es\\): \\d names took \\d\\.\\d\\d "
                                + "ticks, ceil\\(\\d / [134]\\) = \\d; you predicted \\d"),
                LabCase.wrong(QuizLab.LAB, "the processes take turns", student("taketurns"), TICK, Verdict.FAIL,
                        "Pool\\(\\) on 2 CPU\\(s\\) opened 2 cook process\\(es\\): 4 names took 2\\.\\d\\d ticks, "
                                + "ceil\\(4 / 2\\) = 2; you predicted 4"),
                LabCase.wrong(QuizLab.LAB, "threads bound by the CPUs", student("cpubound"), TICK, Verdict.FAIL,
                        "ThreadPool\\((\\d+)\\) on \\d+ CPU\\(s\\): \\1 names took 1\\.\\d\\d ticks, "
                                + "ceil\\(\\1 / \\1\\) = 1; you predicted \\d"),
                LabCase.wrong(QuizLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: poolTicks: how many ticks does Pool\\(\\) take"));
    }
}
