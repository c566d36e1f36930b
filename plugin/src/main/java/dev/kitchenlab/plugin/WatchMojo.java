package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.RunOptions;
import dev.kitchenlab.engine.watch.Watch;
import dev.kitchenlab.engine.watch.WatchRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.time.Duration;
import java.util.List;

/**
 * Watches the project and checks each lab as it is saved, until Ctrl-C: one JVM that looks at the source folders a
 * few times a second (a look, not file events, so it works in containers, on WSL and on network folders), recompiles
 * the lab folder of a saved file with the JDK's own compiler, and checks that lab as {@code kitchen:check} would,
 * progress included. A lab that does not compile is named with its file and line and waits for its next save; the
 * other labs are still compiled and checked. Unlike {@code check} it compiles by itself, lab by lab, so it starts even
 * when one lab does not compile. Ctrl-C stops every kitchen and cook it started.
 */
@Mojo(name = "watch", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class WatchMojo extends AbstractMojo {

    /**
     * The labs to check once when the watch starts, by id or name ({@code 03}, {@code 02,03}, or {@code current},
     * the lab whose file you saved last); when empty, none is checked until a file is saved. Every saved lab is
     * checked, named here or not.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lab")
    private String lab;

    /**
     * The length of one tick, as for {@code kitchen:check}: {@code 500ms}, {@code 1s}; refused under half a second.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.tick", defaultValue = "1s")
    private String tick;

    /**
     * The longest one lab may run before the kit stops it, as for {@code kitchen:check}; when empty each lab gets
     * its own.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.timeout")
    private String timeout;

    /**
     * How many more times a lab that came back INCONCLUSIVE is run on its own, as for {@code kitchen:check}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.reruns", defaultValue = "2")
    private int reruns;

    /**
     * How often the source folders are looked at for saved files: {@code 200ms}, {@code 1s}. Looking costs next to
     * nothing for a lab project; a longer interval only delays the check after a save.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.poll", defaultValue = "200ms")
    private String poll;

    /** The Java release the project compiles for; a lab that needs a newer JDK is compiled for its own. */
    @Parameter(property = "maven.compiler.release", defaultValue = "17")
    private int release;

    /** Whether Maven runs interactively ({@code -B} says not): a live line is drawn only for a person watching. */
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    private boolean interactive;

    /** The project's folder: paths on the console are shown relative to it, and it holds the progress. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDir;

    /** Where the labs are compiled to, and where the check looks for them. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File classesDir;

    /** The kitchen's classpath, also what the labs are compiled against. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    private List<String> classpath;

    /** The source folders to watch, besides {@code src/main/java21}, lab 15's. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> sourceRoots;

    /** Where each lab run keeps its events. */
    @Parameter(defaultValue = "${project.build.directory}/kitchen", readonly = true, required = true)
    private File workDir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        RunOptions options = CheckSettings.options("watch", tick, timeout, reruns, false, classpath, workDir);
        Duration every = DurationParameter.parse("watch", "kitchen.poll", poll);
        if (every.isZero() || every.isNegative()) {
            throw new MojoFailureException("-Dkitchen.poll=" + poll + ": the watch must look now and then; "
                    + "e.g. mvn kitchen:watch -Dkitchen.poll=200ms");
        }
        String firstLabs = CurrentSelector.resolve(lab, LabSourceRoots.of(projectDir, sourceRoots), "watch", getLog());
        try {
            LabCatalogue.select(firstLabs);
        } catch (IllegalArgumentException unknown) {
            throw new MojoFailureException("-Dlab=" + lab + ": " + unknown.getMessage()
                    + "; name them by id or name, e.g. mvn kitchen:watch -Dlab=03");
        }
        WatchRequest request = new WatchRequest(options, projectDir.toPath(), classesDir.toPath(),
                LabSourceRoots.of(projectDir, sourceRoots), release, every, firstLabs);
        try (MavenWatchListener console = new MavenWatchListener(getLog(), projectDir.toPath(),
                ConsoleMode.here(interactive), System.out)) {
            Watch watch;
            try {
                watch = new Watch(request, console);
            } catch (IllegalStateException noCompiler) {
                throw new MojoFailureException(noCompiler.getMessage());
            }
            watch.run();
        } catch (RuntimeException broken) {
            throw new MojoExecutionException("the kit broke while watching the labs: " + broken
                    + "; this is not your code's fault, please report it with the stack trace (mvn -e)", broken);
        }
    }
}
