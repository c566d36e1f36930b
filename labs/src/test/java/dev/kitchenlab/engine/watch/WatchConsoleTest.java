package dev.kitchenlab.engine.watch;

import dev.kitchenlab.engine.ConsoleLine;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the watch says of a lab that does not compile. */
class WatchConsoleTest {
    private final Path project = Path.of("/school/my-kitchen");
    private final WatchConsole console = new WatchConsole(project);
    private final CompileUnit lab02 = new CompileUnit("lab02", Optional.empty(), List.of());

    @Test
    void namesEachErrorInTheFormTerminalsFollowRelativeToTheProject() {
        Path file = project.resolve("src/main/java/org/example/kitchen/lab02/ManyKitchens.java");
        List<ConsoleLine> lines = console.notCompiled(lab02, List.of(new CompileProblem(file, 21, 9,
                "';' expected\n  some detail on a second line")));

        assertThat(lines).extracting(ConsoleLine::level).containsOnly(ConsoleLine.Level.ERROR);
        assertThat(lines.get(0).text()).startsWith("lab02 does not compile (1 error)")
                .contains("the other labs are still watched");
        assertThat(lines.get(1).text())
                .isEqualTo("  src/main/java/org/example/kitchen/lab02/ManyKitchens.java:21:9: ';' expected");
    }

    @Test
    void showsTheFirstFewErrorsOfMany() {
        List<CompileProblem> problems = new ArrayList<>();
        for (int line = 1; line <= 12; line++) {
            problems.add(new CompileProblem(null, line, 0, "cannot find symbol"));
        }
        List<ConsoleLine> lines = console.notCompiled(lab02, problems);

        assertThat(lines.get(0).text()).contains("(12 errors)");
        assertThat(lines).hasSize(1 + 5 + 1);
        assertThat(lines.get(6).text()).contains("7 more");
    }
}
