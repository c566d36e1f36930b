package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.reset.ResetOutcome;
import dev.kitchenlab.engine.reset.SkeletonReset;
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
import java.time.Clock;
import java.util.List;

/**
 * Puts a lab's skeleton back, as the project was generated, in the project's own package. Every file of the
 * lab's folder is first copied to {@code .kitchen/backups/<time>/} at the project's root, where {@code mvn clean}
 * cannot reach it, and the message says where and how to get it back. A lab found in two folders, or a copy that
 * cannot be kept, changes nothing; a lab that already is its skeleton is left as it is.
 */
@Mojo(name = "reset", threadSafe = true)
public class ResetMojo extends AbstractMojo {

    /**
     * The lab to reset, by id or name: {@code 03} or {@code cooks}; {@code current} is the lab whose file you
     * saved last. One lab a call, so that no lab is reset by a
     * slip of the keyboard.
     *
     * @since 0.1.0
     */
    @Parameter(property = "lab")
    private String lab;

    /** The project's folder, which holds {@code .kitchen/}. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File projectDir;

    /** The source folders, where the lab's folder is looked for. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> sourceRoots;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Lab chosen = OneLab.named(CurrentSelector.resolve(lab, LabSourceRoots.of(projectDir, sourceRoots), "reset",
                getLog()), "reset");
        SkeletonReset reset = new SkeletonReset(new KitchenFolder(projectDir.toPath()),
                new LabFolders(LabSourceRoots.of(projectDir, sourceRoots)),
                KitFiles.onClasspath(ResetMojo.class.getClassLoader()), Clock.systemUTC());
        ResetOutcome outcome;
        try {
            outcome = reset.reset(chosen);
        } catch (RuntimeException broken) {
            throw new MojoExecutionException("the kit broke while resetting lab " + chosen.label() + ": " + broken
                    + "; please report it with the stack trace (mvn -e)", broken);
        }
        switch (outcome.kind()) {
            case RESTORED, ALREADY_SKELETON -> outcome.lines().forEach(getLog()::info);
            case REFUSED -> throw new MojoFailureException(String.join(System.lineSeparator(), outcome.lines()));
            case KIT_INCOMPLETE -> throw new MojoExecutionException(String.join(System.lineSeparator(), outcome.lines()));
        }
    }
}
