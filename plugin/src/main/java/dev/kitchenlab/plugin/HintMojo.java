package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.hints.HintDesk;
import dev.kitchenlab.engine.sources.KitFiles;
import dev.kitchenlab.engine.sources.LabFolders;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * Gives the next hint of a lab: the first call its first hint, each further call one more, remembered in
 * {@code .kitchen/} at the project's root. Once the lab has passed it shows the kit's reference solution instead,
 * in the project's package, to compare with yours; before that only when asked with
 * {@code -Dkitchen.showSolution=true}. Nothing in the project is written but {@code .kitchen/}.
 */
@Mojo(name = "hint", threadSafe = true)
public class HintMojo extends AbstractMojo {

    /**
     * The lab to give a hint for, by id or name: {@code 03} or {@code cooks}; {@code current} is the lab whose
     * file you saved last.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lab")
    private String lab;

    /**
     * Shows the kit's reference solution of the lab even though it has not passed yet. It is printed, never
     * written into your project; once the lab passes, {@code kitchen:hint} shows it without this switch.
     *
     * @since 0.1.0
     */
    @Parameter(property = "kitchen.showSolution", defaultValue = "false")
    private boolean showSolution;

    /** The project's folder, which holds {@code .kitchen/}. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDir;

    /** The source folders, where the lab folders tell the project's package. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> sourceRoots;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Lab chosen = OneLab.named(CurrentSelector.resolve(lab, LabSourceRoots.of(projectDir, sourceRoots), "hint",
                getLog()), "hint");
        HintDesk desk = new HintDesk(new KitchenFolder(projectDir.toPath()),
                new LabFolders(LabSourceRoots.of(projectDir, sourceRoots)),
                KitFiles.onClasspath(HintMojo.class.getClassLoader()));
        List<ConsoleLine> lines;
        try {
            lines = desk.ask(chosen, showSolution);
        } catch (RuntimeException broken) {
            throw new MojoExecutionException("the kit broke while looking up a hint: " + broken
                    + "; this is not your code's fault, please report it with the stack trace (mvn -e)", broken);
        }
        lines.forEach(line -> {
            if (line.level() == ConsoleLine.Level.INFO) {
                getLog().info(line.text());
            } else {
                getLog().warn(line.text());
            }
        });
    }
}
