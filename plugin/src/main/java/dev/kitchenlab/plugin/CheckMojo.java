package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.KitchenCheck;
import dev.kitchenlab.engine.ProjectProgress;
import dev.kitchenlab.engine.RunOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Checks the labs of a student's project: compiles what changed, runs each lab in a kitchen JVM of its own,
 * watches it, and judges it against the talk's claims. A lab that fails fails the build. The verdicts are added to
 * the project's progress in {@code .kitchen/}, and the check ends with how many of the project's labs are done
 * (those not checked this time keep their last verdict) and the next one to do.
 *
 * <p>The first line is the tick, the CPUs a JVM may use, the JDK, and a calibration taken just before the labs:
 * how late four sleeping threads woke (a busy machine wakes them late) and how long a thread takes to start. Each
 * lab's line then shows the figures it was judged on: how long {@code main} ran ({@code 4.2 s (4.16 ticks)}, cook
 * JVMs' start included); {@code cpu}, the CPU time of the kitchen and every process under it; {@code rss} and
 * {@code cooks rss}, the most memory the kitchen and its cook processes held; {@code 24 threads}, every thread of the
 * kitchen as {@code ps -T} counts them, the JVM's own included (about 20 before any cook), beside {@code 4 cook
 * threads}, those the program started; {@code cook processes}, the processes below the kitchen; then the lab's own
 * figures (lab 02: {@code sequential 4.0 s}, what one kitchen alone takes; {@code 2 at once}, the most cook
 * processes side by side; {@code cooks 2.11 ticks}, the first cook's start to the last greeting, which it judges).
 * {@code INCONCLUSIVE twice, PASS on the third run}: a lab the machine was too busy to judge is run again on its own
 * (see {@code kitchen.reruns}). The student's README says the same, with an example.
 */
@Mojo(name = "check", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractMojo {

    /**
     * The labs to check, by id or name, comma-separated ({@code 03}, {@code cooks}, {@code 02,03}); every lab
     * when empty. A lab named here that the project does not have fails the check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lab")
    private String lab;

    /**
     * The length of one tick, the talk's {@code sleep(10)}: {@code 500ms}, {@code 1s}, {@code 1.5s}. Shorter
     * checks faster; under half a second cook JVMs started side by side come apart by too much of a tick for the
     * timing verdicts (a right program can be judged wrong), so a shorter tick is refused before any lab runs, with
     * the shortest that works.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.tick", defaultValue = "1s")
    private String tick;

    /**
     * The longest one lab may run before the kit stops it and every process under it, written like the tick
     * ({@code 30s}); when empty each lab gets its own: its ticks plus time for JVMs to start.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.timeout")
    private String timeout;

    /**
     * How many more times a lab that came back INCONCLUSIVE (the machine too busy to judge a timing) is run on its
     * own before the check gives up on it; its line then says how many runs it took. {@code 0} judges every lab once.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.reruns", defaultValue = "2")
    private int reruns;

    /**
     * Skips the check: no lab runs (the project is still compiled, since that happens before the goal starts).
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.skip", defaultValue = "false")
    private boolean skip;

    /** The project's folder: paths on the console are shown relative to it, and it holds the progress. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDir;

    /** The compiled classes, where the lab classes are looked for. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDir;

    /** The kitchen's classpath: the student's classes, the kit and their dependencies. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    private List<String> classpath;

    /** The source folders, to name the file of a lab that failed. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> sourceRoots;

    /** Where each lab run keeps its events. */
    @Parameter(defaultValue = "${project.build.directory}/kitchen", readonly = true, required = true)
    private File workDir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kitchen check skipped (kitchen.skip)");
            return;
        }
        CheckRequest request = new CheckRequest(options(), classesDir.toPath(), paths(sourceRoots), selectedLabs());
        MavenLogListener console = new MavenLogListener(getLog(), projectDir.toPath());
        CheckReport report;
        try {
            report = KitchenCheck.run(request, console);
        } catch (RuntimeException broken) {
            throw new MojoExecutionException("the kit broke while checking the labs: " + broken
                    + "; this is not your code's fault, please report it with the stack trace (mvn -e)", broken);
        }
        console.summary(report, ProjectProgress.record(projectDir.toPath(), request, report));
        BuildResult.of(report);
    }

    private String selectedLabs() throws MojoFailureException {
        try {
            LabCatalogue.select(lab);
            return lab;
        } catch (IllegalArgumentException unknown) {
            throw new MojoFailureException("-Dlab=" + lab + ": " + unknown.getMessage()
                    + "; name them by id or name, e.g. mvn kitchen:check -Dlab=03");
        }
    }

    private RunOptions options() throws MojoFailureException {
        Duration oneTick = duration("kitchen.tick", tick);
        Optional<String> refused = KitchenCheck.refusalOfTick(oneTick);
        if (refused.isPresent()) {
            throw new MojoFailureException(refused.get());
        }
        return RunOptions.builder().tick(oneTick)
                .timeout(timeout == null || timeout.isBlank() ? null : duration("kitchen.timeout", timeout))
                .classpath(paths(classpath)).workDir(workDir.toPath()).inconclusiveReruns(reruns(reruns)).build();
    }

    private static Duration duration(String property, String value) throws MojoFailureException {
        return DurationParameter.parse("check", property, value);
    }

    private static int reruns(int value) throws MojoFailureException {
        if (value < 0) {
            throw new MojoFailureException("-Dkitchen.reruns=" + value + ": a lab cannot run fewer than 0 more times; "
                    + "e.g. mvn kitchen:check -Dkitchen.reruns=0 judges every lab once");
        }
        return value;
    }

    private static List<Path> paths(List<String> elements) {
        return elements.stream().map(Path::of).toList();
    }
}
