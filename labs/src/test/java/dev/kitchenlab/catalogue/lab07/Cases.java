package dev.kitchenlab.catalogue.lab07;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 07's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** Each cook holds its copy for a tick: long enough for the observer's samples, short for the suite. */
    static final Duration TICK = Duration.ofSeconds(1);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab07.Pantry";
    }

    /** Every case, right ones first; after each, no process of the run may be left. */
    public static List<LabCase> all() {
        LabCase.Check nothingLeft = (result, work) -> KitchenRuns.assertNothingLeftRunning(result);
        return List.of(
                LabCase.right(MemoryLab.LAB, "reference solution", "org.example.kitchen.lab07.Pantry", TICK)
                        .also((result, work) -> {
                            assertThat(result.figures().notes())
                                    .anySatisfy(n -> assertThat(n).matches("thread mode \\d+ MB"))
                                    .anySatisfy(n -> assertThat(n).matches("process mode \\d+ MB"))
                                    .anySatisfy(n -> assertThat(n).matches("a copy is \\d+\\.\\d MB, packed once in \\d+ ms, "
                                            + "unpacked by each cook in \\d+ ms"));
                            nothingLeft.on(result, work);
                        }),
                LabCase.right(MemoryLab.LAB, "cooks handed a file name, each reading its own copy", student("filename"),
                        TICK).also((result, work) -> assertThat(result.findings()).anySatisfy(f -> assertThat(
                                f.message()).matches("3 cook processes, handed /.*pantry.*\\.txt rather than XS: each "
                                + "still holds its own copy.*"))),
                LabCase.right(MemoryLab.LAB, "thread mode with an executor and futures", student("executor"), TICK),
                LabCase.wrong(MemoryLab.LAB, "threads handed copies of the pantry", student("copiedpantry"), TICK,
                        Verdict.FAIL, "^the threads copied the pantry: the cooks were handed 3 list\\(s\\) other than XS "
                                + "\\(ArrayList of 1000000 items\\)"),
                LabCase.wrong(MemoryLab.LAB, "process mode with threads", student("threadsonly"), TICK, Verdict.FAIL,
                        "^processMode cooked 3 dish\\(es\\) on threads of the kitchen, which share its XS")
                        .also(nothingLeft),
                LabCase.wrong(MemoryLab.LAB, "dummy lets go at once", student("noholding"), TICK, Verdict.FAIL,
                        "^dummy let go of XS after 0\\.\\d\\d ticks: hold it for a tick"),
                LabCase.wrong(MemoryLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: threadMode: map dummy over List\\.of\\(XS, XS, XS\\) with a ThreadPool of 3"));
    }
}
