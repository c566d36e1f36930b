package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.HandRun;
import dev.kitchenlab.engine.RunOptions;
import dev.kitchenlab.engine.byhand.Screen;
import dev.kitchenlab.kitchen.Tick;
import dev.kitchenlab.lab.Lab;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Runs one lab's {@code main} by hand, as the talk runs its demos: the talk's 10 s tick, the kitchen in a JVM of its
 * own with the project's classpath (so its cook JVMs get it too, which {@code mvn exec:java} cannot give them), your
 * keyboard as its input, and its output as it comes. First come the kitchen's PID and the {@code ps} commands to
 * look at it from another terminal; beside the lab's output, lines starting {@code ps │} show the kitchen and each
 * process under it as {@code ps} would (PID, PPID, %CPU, RSS, VSZ, threads, state), printed again whenever that
 * changed: {@code %CPU} over the process's whole life, as {@code ps} counts it, RSS and VSZ in KiB, as {@code ps}
 * prints them, and threads as {@code ps -T} lists them, the JVM's own included. Nothing is judged
 * ({@code kitchen:check} does that); a kitchen that ends with an exit code other than 0 fails the build. Ctrl-C stops
 * the kitchen and every process under it.
 */
@Mojo(name = "run", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class RunMojo extends AbstractMojo {

    /**
     * The lab to run, by id or name: {@code 03} or {@code cooks}; {@code current} is the lab whose file you saved
     * last. One lab at a time: its output is yours to read.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lab")
    private String lab;

    /**
     * The length of one tick, written like {@code 1s} or {@code 500ms}; the talk's 10 s when empty, so that there is
     * time to look at the kitchen from another terminal while its cooks sleep. A short tick is not refused here as
     * it is by {@code kitchen:check}: nothing is judged on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.tick")
    private String tick;

    /**
     * Skips the run (the project is still compiled, since that happens before the goal starts).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.skip", defaultValue = "false")
    private boolean skip;

    /** The project's folder, where {@code src/main/java21} is looked for. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDir;

    /** The source folders, where {@code -Dlab=current} looks for the lab saved last. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> sourceRoots;

    /** The compiled classes, where the lab's class is looked for. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDir;

    /** The kitchen's classpath: the student's classes, the kit and their dependencies. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    private List<String> classpath;

    /** The kit's working folder in the build directory, the same a check uses. */
    @Parameter(defaultValue = "${project.build.directory}/kitchen", readonly = true, required = true)
    private File workDir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kitchen run skipped (kitchen.skip)");
            return;
        }
        Lab chosen = OneLab.named(CurrentSelector.resolve(lab, LabSourceRoots.of(projectDir, sourceRoots), "run",
                getLog()), "run");
        Duration oneTick = tick == null || tick.isBlank() ? Tick.TALK : DurationParameter.parse("run", "kitchen.tick",
                tick);
        RunOptions options = RunOptions.builder().tick(oneTick).classpath(classpath.stream().map(Path::of).toList())
                .workDir(workDir.toPath()).build();
        HandRun.Ended ended;
        try {
            ended = HandRun.run(new HandRun.Request(chosen, classesDir.toPath(), options, true), getLog()::info,
                    new Screen(System.out, System.err));
        } catch (HandRun.Refused refused) {
            throw new MojoFailureException(refused.getMessage());
        } catch (IOException | RuntimeException broken) {
            throw new MojoExecutionException("the kit could not run the kitchen: " + broken
                    + "; this is not your code's fault, please report it with the stack trace (mvn -e)", broken);
        }
        String how = "the kitchen " + ended.pid() + " ended with exit code " + ended.exitCode() + " after "
                + seconds(ended.ran());
        if (ended.stopped()) {
            throw new MojoFailureException("the kitchen " + ended.pid() + " was stopped after "
                    + seconds(ended.ran()) + ", with every process under it");
        }
        if (ended.notStarted()) {
            throw new MojoFailureException(how + ": lab " + chosen.label() + " is not started, its skeleton reached "
                    + "a todo(...) (the line is above); write that step, then run mvn kitchen:run -Dlab=" + chosen.id()
                    + " again, or ask mvn kitchen:hint -Dlab=" + chosen.id());
        }
        if (ended.exitCode() != 0) {
            throw new MojoFailureException(how + ": what it printed above says why; mvn kitchen:hint -Dlab="
                    + chosen.id() + " gives a hint, mvn kitchen:check -Dlab=" + chosen.id() + " judges the lab");
        }
        getLog().info(how);
    }

    private static String seconds(Duration ran) {
        return String.format(Locale.ROOT, "%.1f s", ran.toMillis() / 1000.0);
    }
}
