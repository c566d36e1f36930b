package dev.kitchenlab.engine.watch;

import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.engine.RunOptions;
import dev.kitchenlab.engine.progress.ProgressSummary;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A watch over a small project of its own, compiled for real and checked in real kitchens: a saved lab is compiled
 * and checked, a lab that does not compile is named with its file and line and keeps no other lab from being checked.
 */
class WatchTest {
    private static final String BASE = "watched.kitchen";

    @TempDir
    Path project;
    private Path sources;
    private final Recorder heard = new Recorder();

    @BeforeEach
    void lay() throws IOException {
        sources = project.resolve("src/main/java");
        copyReference("lab03", "ManyCooks");
        write("lab02", "ManyKitchens", "package " + BASE + ".lab02;\n\npublic class ManyKitchens {\n"
                + "    public static void main(String[] args) {\n        int cooks = ;\n    }\n}\n");
    }

    @Test
    void compilesEachLabOnItsOwnAndNamesTheLineThatDoesNotCompile() {
        Watch watch = watch();
        watch.start();

        assertThat(heard.caughtUp).as("lab 03 compiled, lab 02 not").isEqualTo(1);
        assertThat(heard.notCompiled).hasSize(1);
        CompileProblem problem = heard.notCompiled.get(0);
        assertThat(problem.file()).isEqualTo(sources.resolve(BASE.replace('.', '/') + "/lab02/ManyKitchens.java"));
        assertThat(problem.line()).isEqualTo(5);
        assertThat(project.resolve("target/classes/watched/kitchen/lab03/ManyCooks.class")).isRegularFile();
        assertThat(heard.checks).as("no lab is checked at the start unless asked for").isEmpty();
        assertThat(heard.watching).isEqualTo(1);
    }

    @Test
    void compilesEveryOutOfDateLabAtTheStartAndNothingThatIsUpToDate() throws IOException {
        copyReference("lab02", "ManyKitchens");
        watch().start();
        assertThat(heard.caughtUp).isEqualTo(2);
        assertThat(project.resolve("target/classes/watched/kitchen/lab02/ManyKitchens.class")).isRegularFile();
        assertThat(project.resolve("target/classes/watched/kitchen/lab03/ManyCooks.class")).isRegularFile();

        Recorder again = new Recorder();
        new Watch(watch().request(), again).start();
        assertThat(again.caughtUp).as("classes newer than their sources are left alone").isZero();
    }

    @Test
    void checksTheSavedLabAndNothingWhenNothingWasSaved() throws Exception {
        Watch watch = watch();
        watch.start();
        assertThat(watch.poll()).isFalse();

        Path file = copyReference("lab03", "ManyCooks");
        Files.writeString(file, "\n// saved again\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertThat(watch.poll()).isTrue();

        assertThat(heard.compiled).containsExactly("lab03");
        assertThat(heard.checks).hasSize(1);
        LabResult result = heard.checks.get(0).results().get(0);
        assertThat(result.labId()).isEqualTo("03");
        assertThat(result.verdict()).as(result.toString()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE);
    }

    @Test
    void aLabThatDoesNotCompileIsNotCheckedAndAnotherStillIs() throws Exception {
        Watch watch = watch();
        watch.start();

        write("lab02", "ManyKitchens", "package " + BASE + ".lab02;\n\npublic class ManyKitchens {\n"
                + "    public static void main(String[] args) {\n        dev.kitchenlab.kitchen.Todo.todo(\"map\");\n"
                + "    }\n}\n");
        Files.writeString(sources.resolve(BASE.replace('.', '/') + "/lab03/ManyCooks.java"), "class Broken {");
        assertThat(watch.poll()).isTrue();

        assertThat(heard.notCompiled).extracting(p -> p.file().getFileName().toString())
                .contains("ManyCooks.java");
        assertThat(heard.checks).hasSize(1);
        LabResult lab02 = heard.checks.get(0).results().get(0);
        assertThat(lab02.labId()).isEqualTo("02");
        assertThat(lab02.verdict()).as("the lab's todo is left").isEqualTo(Verdict.FAIL);
    }

    private Watch watch() {
        List<Path> kit = KitchenRuns.testClasspath().stream()
                .filter(element -> !element.getFileName().toString().equals("test-classes")).toList();
        Path classes = project.resolve("target/classes");
        List<Path> classpath = new ArrayList<>(List.of(classes));
        classpath.addAll(kit);
        RunOptions options = RunOptions.builder().tick(Duration.ofMillis(500)).classpath(classpath)
                .workDir(project.resolve("target/kitchen")).inconclusiveReruns(0).build();
        return new Watch(new WatchRequest(options, project, classes, List.of(sources), 17, Duration.ofMillis(50), ""),
                heard);
    }

    private Path copyReference(String folder, String className) throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/example/kitchen", folder, className + ".java"))
                .replace("package org.example.kitchen." + folder + ";", "package " + BASE + "." + folder + ";");
        return write(folder, className, source);
    }

    private Path write(String folder, String className, String source) throws IOException {
        Path file = sources.resolve(BASE.replace('.', '/')).resolve(folder).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source, StandardCharsets.UTF_8);
    }

    /** What the watch said. */
    private static final class Recorder implements WatchListener {
        final List<String> compiled = new ArrayList<>();
        final List<CompileProblem> notCompiled = new ArrayList<>();
        final List<CheckReport> checks = new ArrayList<>();
        int watching;
        int caughtUp = -1;

        @Override
        public void caughtUp(int units, Duration took) {
            caughtUp = units;
        }

        @Override
        public void watching(List<Path> sourceRoots, Duration poll, ProgressSummary progress) {
            watching++;
        }

        @Override
        public void compiled(CompileUnit unit, Duration took) {
            compiled.add(unit.name());
        }

        @Override
        public void notCompiled(CompileUnit unit, List<CompileProblem> problems) {
            notCompiled.addAll(problems);
        }

        @Override
        public void checked(CheckReport report, ProgressSummary progress) {
            checks.add(report);
        }
    }
}
