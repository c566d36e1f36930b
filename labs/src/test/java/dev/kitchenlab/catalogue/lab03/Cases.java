package dev.kitchenlab.catalogue.lab03;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.LabCase;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.verdict.Verdict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lab 03's programs, right and wrong, and what the kit must say of each: the engine tests and the campaign run them. */
public final class Cases {
    /** Half a second: four threads sleeping at once still finish in about one tick on two busy cores. */
    static final Duration TICK = Duration.ofMillis(500);

    private Cases() {
    }

    private static String student(String name) {
        return "students." + name + ".lab03.ManyCooks";
    }

    /** Every case, right ones first. */
    public static List<LabCase> all() {
        return List.of(
                LabCase.right(CooksLab.LAB, "reference solution", "org.example.kitchen.lab03.ManyCooks", TICK)
                        .also((result, work) -> {
                            assertThat(result.figures().cookThreads().orElseThrow()).as("cook threads")
                                    .isGreaterThanOrEqualTo(4);
                            assertThat(result.figures().cookProcesses().orElseThrow()).as("cook processes").isZero();
                            assertThat(result.figures().ticks().orElseThrow()).as("ticks").isGreaterThanOrEqualTo(0.95);
                            assertThat(result.figures().peakThreads().orElseThrow()).as("threads as ps -T counts them")
                                    .isGreaterThan(4);
                        }),
                LabCase.right(CooksLab.LAB, "ExecutorService of 4", student("executor"), TICK),
                LabCase.right(CooksLab.LAB, "greetings printed without a line break", student("nonewline"), TICK),
                LabCase.wrong(CooksLab.LAB, "one cook for everybody", student("sequential"), TICK, Verdict.FAIL,
                        "came from 1 cook thread\\(s\\), with at most 1 cooking at once")
                        .also((result, work) -> assertThat(result.findings()).anySatisfy(f -> assertThat(f.message())
                                // Four ticks or more: a busy machine stretches them, never shortens them.
                                .containsPattern("your cooks took turns: (?:[4-9]|\\d{2,})\\.\\d ticks, "
                                        + "expected about 1"))),
                LabCase.wrong(CooksLab.LAB, "main greets, no cook", student("mainprints"), TICK, Verdict.FAIL,
                        "the greetings were written by main, not by a cook: no cook thread was started"),
                LabCase.wrong(CooksLab.LAB, "main greets beside 4 idle cooks", student("idlecooks"), TICK,
                        Verdict.FAIL, "written by main, not by a cook: 4 thread\\(s\\) were started, but none of them printed"),
                LabCase.wrong(CooksLab.LAB, "a greeting missing", student("missing"), TICK, Verdict.FAIL,
                        "^missing greeting: Hi Jess!"),
                LabCase.wrong(CooksLab.LAB, "a greeting doubled", student("doubled"), TICK, Verdict.FAIL,
                        "^Hi Kai! was printed 2 times"),
                LabCase.wrong(CooksLab.LAB, "wrong words", student("hello"), TICK, Verdict.FAIL,
                        "no greeting was printed: .*printed instead: \"Hello, \\w+\""),
                LabCase.wrong(CooksLab.LAB, "greetings on stderr", student("stderr"), TICK, Verdict.FAIL,
                        "^the greetings went to stderr, not to stdout: \"Hi \\w+!\""),
                LabCase.wrong(CooksLab.LAB, "cooks that do not sleep", student("nosleep"), TICK, Verdict.FAIL,
                        "your cooks greeted \\d+ ms after they began, not one tick \\(500ms\\) later"),
                LabCase.wrong(CooksLab.LAB, "hard-coded Thread.sleep(1000)", student("hardcoded"), TICK, Verdict.FAIL,
                        "your cooks slept about 1\\.\\d s each, not one tick \\(500ms\\)"),
                LabCase.wrong(CooksLab.LAB, "hard-coded Thread.sleep(10_000)", student("tenseconds"), TICK,
                        Verdict.FAIL, "your cooks slept about 10\\.\\d s each, not one tick \\(500ms\\)"),
                LabCase.wrong(CooksLab.LAB, "untouched skeleton", student("skeleton"), TICK, Verdict.FAIL,
                        "^lab not started: main: map sayHello over NAMES.* at students\\.skeleton\\.lab03\\.ManyCooks"
                                + "\\.main\\(ManyCooks\\.java:\\d+\\)")
                        .also((result, work) -> assertThat(result.findings()).hasSize(1)),
                LabCase.wrong(CooksLab.LAB, "main written, sayHello still todo", student("halfwritten"), TICK,
                        Verdict.FAIL, "^lab not started: sayHello: sleep one tick.* at students\\.halfwritten\\.lab03"
                                + "\\.ManyCooks\\.sayHello\\(ManyCooks\\.java:\\d+\\)")
                        .also((result, work) -> assertThat(result.outputTail()).isEmpty()),
                LabCase.wrong(CooksLab.LAB, "an endless loop", student("endless"), TICK, Verdict.TIMEOUT,
                        "still cooking at your -Dkitchen\\.timeout=3s.*; just before, main was runnable at "
                                + "students\\.endless\\.lab03"
                                + "\\.ManyCooks\\.\\w+\\(ManyCooks\\.java:\\d+\\)")
                        .timeout(Duration.ofSeconds(3))
                        .also((result, work) -> {
                            assertThat(result.figures().notes()).contains("stopped after 3s");
                            KitchenRuns.assertNothingLeftRunning(result);
                        }),
                LabCase.wrong(CooksLab.LAB, "main throws", student("burnt"), TICK, Verdict.CRASH,
                        "^main threw java\\.lang\\.IllegalStateException: the oven is on fire at students\\.burnt"
                                + "\\.lab03\\.ManyCooks\\.main\\(ManyCooks\\.java:")
                        .also((result, work) -> assertThat(result.outputTail())
                                .anySatisfy(line -> assertThat(line).contains("the oven is on fire"))),
                LabCase.wrong(CooksLab.LAB, "a cook thread dies of an exception", student("threaddies"), TICK,
                        Verdict.CRASH, "^the thread cook-Jess died: it threw java\\.lang\\.IllegalStateException: the "
                                + "pan caught fire at students\\.threaddies\\.lab03\\.ManyCooks\\.sayHello\\(ManyCooks"
                                + "\\.java:\\d+\\)")
                        .also((result, work) -> assertThat(result.findings()).anySatisfy(f -> assertThat(f.message())
                                .startsWith("missing greeting: Hi Jess!"))),
                LabCase.wrong(CooksLab.LAB, "System.exit after perfect output", student("exits"), TICK, Verdict.CRASH,
                        "System\\.exit\\(0\\) before main returned"),
                LabCase.wrong(CooksLab.LAB, "an output flood", student("flood"), TICK, Verdict.FAIL,
                        "^a process of the lab printed 200,004 lines; the kit keeps the first 20,000 of each process "
                                + "and cannot judge what came after$")
                        .also((result, work) -> {
                            Path events = result.run().orElseThrow().resolve("events");
                            try (var files = Files.list(events)) {
                                for (Path file : files.toList()) {
                                    assertThat(Files.size(file)).as("events kept").isLessThan(5L * 1024 * 1024);
                                }
                            }
                            assertThat(EventFiles.readAll(events)).extracting(Event::fact)
                                    .filteredOn(Fact.OutputTruncated.class::isInstance).isNotEmpty();
                        }));
    }
}
