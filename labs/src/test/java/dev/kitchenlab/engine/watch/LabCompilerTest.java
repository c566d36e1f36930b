package dev.kitchenlab.engine.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One compiler for a watch's life still sees what was compiled since its last save. */
class LabCompilerTest {
    @TempDir
    Path project;

    @Test
    void aClassCompiledSinceTheLastSaveIsSeenByTheNext() throws IOException {
        Path classes = project.resolve("target/classes");
        LabCompiler compiler = new LabCompiler(List.of(classes), classes);
        CompileUnit lab = unit("lab03", "school/lab03/ManyCooks.java",
                "package school.lab03;\npublic class ManyCooks { school.Helper helper; }\n");

        List<CompileProblem> before = compiler.compile(lab, 17);
        assertThat(before).as("no Helper yet").hasSize(1);
        assertThat(before.get(0).line()).isEqualTo(2);

        CompileUnit outside = unit(CompileUnits.OUTSIDE_LABS, "school/Helper.java",
                "package school;\npublic class Helper { }\n");
        assertThat(compiler.compile(outside, 17)).isEmpty();
        assertThat(compiler.compile(lab, 17)).as("Helper compiled since").isEmpty();
        assertThat(classes.resolve("school/lab03/ManyCooks.class")).isRegularFile();
    }

    @Test
    void aReleaseNewerThanTheProjectsIsTheLabsOwn() throws IOException {
        Path classes = project.resolve("target/classes");
        CompileUnit record = unit("lab15", "school/lab15/Cooks.java",
                "package school.lab15;\npublic class Cooks { void cook() { Thread.ofVirtual(); } }\n");

        assertThat(new LabCompiler(List.of(classes), classes).compile(record, 17)).as("no virtual threads in 17")
                .isNotEmpty();
        if (Runtime.version().feature() >= 21) {
            assertThat(new LabCompiler(List.of(classes), classes).compile(record, 21)).isEmpty();
        }
    }

    private CompileUnit unit(String name, String path, String source) throws IOException {
        Path file = project.resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return new CompileUnit(name, Optional.empty(), List.of(file));
    }
}
