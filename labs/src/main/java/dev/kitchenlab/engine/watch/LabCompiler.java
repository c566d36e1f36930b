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
        // A file manager per unit: one kept across saves would keep what it read of the classes folder before.
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
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
        } catch (IOException closing) {
            throw new UncheckedIOException(closing);
        }
    }
}
