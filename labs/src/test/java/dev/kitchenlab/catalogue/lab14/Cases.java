package dev.kitchenlab.catalogue.lab14;

import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.verdict.Verdict;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lab 14's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them.
 */
public final class Cases {
    /** The lab sleeps no tick; the tick only bounds the run. */
    static final Duration TICK = Duration.ofSeconds(1);
    private static final String OVERSOLD = "^oversold in [1-9]\\d* of \\d+ rounds, worst round [\\d,]+ portions? too "
            + "many \\(round \\d+, \\d of the 8 dishes\\)";

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab14.LastPortion";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(AtomicityLab.LAB, "reference solution", "org.example.kitchen.lab14.LastPortion", TICK)
                        .also((result, work) -> assertThat(result.figures().notes())
                                .contains("books wrong in 0")
                                .anySatisfy(n -> assertThat(n).matches("oversold in 0 of \\d+ rounds"))
                                .anySatisfy(n -> assertThat(n).matches("cooks together in \\d+"))
                                .anySatisfy(n -> assertThat(n).isEqualTo("count++ in bytecode: LastPortion.takeOne: "
                                        + "getfield sold, iconst_1, iadd, putfield sold"))),
                LabCase.right(AtomicityLab.LAB, "one synchronized method around the whole request",
                        student("syncmethod"), TICK),
                LabCase.right(AtomicityLab.LAB, "an AtomicInteger a shelf, a compareAndSet loop", student("casloop"),
                        TICK),
                LabCase.right(AtomicityLab.LAB, "ConcurrentHashMap.compute and a LongAdder", student("compute"),
                        TICK),
                LabCase.right(AtomicityLab.LAB, "a ReentrantLock", student("reentrantlock"), TICK),
                LabCase.wrong(AtomicityLab.LAB, "todo deleted, look, plate and take left apart", student("racy"),
                        TICK, Verdict.FAIL, OVERSOLD + ": two cooks both saw a portion left, both plated it and both "
                                + "took it off the shelf, which went below zero; and taking one off is itself a read"),
                LabCase.wrong(AtomicityLab.LAB, "the look and the take each synchronized, apart",
                        student("separately"), TICK, Verdict.FAIL, OVERSOLD + ": never more than 1 too many of one "
                                + "dish and the books right, so each step was safe alone; but between a cook's look "
                                + "at the shelf and its take the other cook took the last portion"),
                LabCase.wrong(AtomicityLab.LAB, "a ConcurrentHashMap's get, then put", student("getput"), TICK,
                        Verdict.FAIL, OVERSOLD + ": .*; your shelves are a ConcurrentHashMap, whose every get and "
                                + "every put is safe alone"),
                LabCase.wrong(AtomicityLab.LAB, "the books made volatile alone", student("volatilesold"), TICK,
                        Verdict.FAIL, "^the books were wrong in [1-9]\\d* of \\d+ rounds, worst round \\d+: [\\d,]+ "
                                + "sold by the books, [\\d,]+ plated by the kit's count: your LastPortion\\.sold is "
                                + "volatile, .*; the JVM runs it as separate bytecodes \\(javap -c\\): "
                                + "LastPortion\\.serveOne: getfield sold, iconst_1, iadd, putfield sold"),
                LabCase.wrong(AtomicityLab.LAB, "one cook takes every request", student("onecook"), TICK,
                        Verdict.FAIL, "^in round \\d+ one thread, cook-1, cooked all 20,000 dishes, every cook's "
                                + "share in turn"),
                LabCase.wrong(AtomicityLab.LAB, "cooks one after another", student("takingturns"), TICK,
                        Verdict.FAIL, "^the cooks took turns: in none of \\d+ rounds did a cook serve while another "
                                + "did"),
                LabCase.wrong(AtomicityLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: serve: your pantry sells the last portion twice \\(run main to see how "
                                + "often\\)"));
    }
}
