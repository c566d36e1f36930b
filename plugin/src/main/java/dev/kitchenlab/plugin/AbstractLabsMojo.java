package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.CheckReport;
import dev.kitchenlab.engine.CheckRequest;
import dev.kitchenlab.engine.EarlierVerdicts;
import dev.kitchenlab.engine.KitchenCheck;
import dev.kitchenlab.engine.ProjectProgress;
import dev.kitchenlab.engine.RunOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * What the goals that judge labs ({@code check}, {@code grade}) share: their parameters, and a check of the selected
 * labs shown on Maven's console, added to the project's progress, and turned into the build's result.
 */
abstract class AbstractLabsMojo extends AbstractMojo {


    /**
     * The labs to check, by id or name, comma-separated ({@code 03}, {@code cooks}, {@code 02,03}); every lab
     * when empty. {@code current} is the lab whose file you saved last. A lab named here that the project does not
     * have fails the check.
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
     * Counts a lab that is still INCONCLUSIVE after its reruns (the machine too busy to judge a timing) as failed:
     * the build fails and its test report shows a failure. For grading, where a lab must earn its pass; a student
     * checking their own work is better served by the default, which says INCONCLUSIVE and passes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.strict", defaultValue = "false")
    private boolean strict;

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

    /** Whether Maven runs interactively ({@code -B} says not): a live line is drawn only for a person watching. */
    @Parameter(defaultValue = "${settings.interactiveMode}", readonly = true)
    private boolean interactive;

    /** Where each lab run keeps its events. */
    @Parameter(defaultValue = "${project.build.directory}/kitchen", readonly = true, required = true)
    private File workDir;

    /** The goal's name, as the messages give it in an example: {@code check}. */
    abstract String goal();

    /** Verdicts the labs already have in this build, which stand instead of a second run. */
    EarlierVerdicts earlier() {
        return EarlierVerdicts.NONE;
    }

    /** Where each lab run keeps its events, and the labs' test reports are. */
    File workDir() {
        return workDir;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Kitchen check skipped (kitchen.skip)");
            return;
        }
        CheckRequest request = new CheckRequest(options(), classesDir.toPath(),
                LabSourceRoots.of(projectDir, sourceRoots), selectedLabs());
        CheckReport report;
        try (MavenLogListener console = new MavenLogListener(getLog(), projectDir.toPath(),
                ConsoleMode.here(interactive), System.out)) {
            try {
                report = KitchenCheck.run(request, console, earlier());
            } catch (RuntimeException broken) {
                throw new MojoExecutionException("the kit broke while checking the labs: " + broken
                        + "; this is not your code's fault, please report it with the stack trace (mvn -e)", broken);
            }
            console.summary(report, ProjectProgress.record(projectDir.toPath(), request, report));
        }
        BuildResult.of(report, strict);
    }

    private String selectedLabs() throws MojoFailureException {
        String selected = CurrentSelector.resolve(lab, LabSourceRoots.of(projectDir, sourceRoots), goal(), getLog());
        try {
            LabCatalogue.select(selected);
            return selected;
        } catch (IllegalArgumentException unknown) {
            throw new MojoFailureException("-Dlab=" + lab + ": " + unknown.getMessage()
                    + "; name them by id or name, e.g. mvn kitchen:" + goal() + " -Dlab=03");
        }
    }

    private RunOptions options() throws MojoFailureException {
        return CheckSettings.options(goal(), tick, timeout, reruns, strict, classpath, workDir);
    }
}
