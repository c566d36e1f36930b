package dev.kitchenlab.engine.watch;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compiles one unit with the JDK's own compiler inside this JVM: no new JVM per save, and a compiler that is warm
 * after the first unit. Options as Maven's compiler plugin gives them to the project (its release, UTF-8, debug
 * information, so stack frames name the student's lines).
 */
final class LabCompiler {
    private final JavaCompiler compiler;
    private final List<Path> classpath;
    private final Path classesDir;
    private final StandardJavaFileManager files;

    /**
     * A compiler writing to {@code classesDir}, resolving against {@code classpath} (the project's classes and its
     * dependencies).
     *
     * @throws IllegalStateException when this JVM has no compiler (a JRE, not a JDK), saying what to do
     */
    LabCompiler(List<Path> classpath, Path classesDir) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this Java (" + System.getProperty("java.home") + ") has no compiler: it "
                    + "is a JRE, not a JDK; point JAVA_HOME at a JDK 17 or newer and start kitchen:watch again");
        }
        this.classpath = List.copyOf(classpath);
        this.classesDir = classesDir;
        // One file manager for the watch's life: it opens the kit's jars once, not on every save. It lists folders
        // afresh each time, so a lab compiled since is seen.
        this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    /**
     * Compiles a class of no use into a folder thrown away, so that the first save is not the one that waits for
     * the compiler to load (a second, on a busy laptop).
     */
    void warmUp(int release) {
        try {
            Path scratch = Files.createTempDirectory("kitchen-watch-warm-up");
            try {
                Path source = Files.writeString(scratch.resolve("WarmUp.java"), "class WarmUp { }");
                compiler.getTask(new StringWriter(), files, null, List.of("-d", scratch.toString(), "--release",
                        Integer.toString(release), "-proc:none"), null, files.getJavaFileObjectsFromPaths(
                        List.of(source))).call();
            } finally {
                try (var paths = Files.walk(scratch)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException noWarmUp) {
            // Only the first save is slower.
        }
    }

    /** Compiles the unit at this release; returns its errors, none when it compiled. */
    List<CompileProblem> compile(CompileUnit unit, int release) {
        if (unit.sources().isEmpty()) {
            return List.of();
        }
        try {
            Files.createDirectories(classesDir);
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException("cannot create " + classesDir, cannotCreate);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter compilerTalk = new StringWriter();
        List<String> options = List.of("-d", classesDir.toString(),
                "-classpath", classpath.stream().map(Path::toString)
                        .collect(Collectors.joining(java.io.File.pathSeparator)),
                "--release", Integer.toString(release), "-encoding", "UTF-8", "-g", "-proc:none", "-implicit:none");
        try {
            Iterable<? extends JavaFileObject> sources = files.getJavaFileObjectsFromPaths(unit.sources());
            boolean compiled = compiler.getTask(compilerTalk, files, diagnostics, options, null, sources).call();
            List<CompileProblem> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    problems.add(new CompileProblem(diagnostic.getSource() == null ? null
                            : Path.of(diagnostic.getSource().toUri()), Math.max(0, diagnostic.getLineNumber()),
                            Math.max(0, diagnostic.getColumnNumber()), diagnostic.getMessage(Locale.ROOT)));
                }
            }
            if (!compiled && problems.isEmpty()) {
                problems.add(new CompileProblem(null, 0, 0, compilerTalk.toString().strip()));
            }
            return problems;
        } finally {
            // What it read of the kit's jars stays for the next save; what it read of the classes folder does not.
            try {
                files.flush();
            } catch (IOException notFlushed) {
                // Nothing was written through it: the compiler writes class files itself.
            }
        }
    }
}
