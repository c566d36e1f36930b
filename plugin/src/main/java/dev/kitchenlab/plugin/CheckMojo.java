package dev.kitchenlab.plugin;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

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
 *
 * <p>On a terminal the marks and verdicts are in Maven's colours ({@code NO_COLOR=1} or a dumb terminal keeps the
 * kit's lines plain, {@code -B} all of Maven's), and while a lab runs a line redrawn in place names it, its time and
 * its rerun ({@code ⋯ 12 starvation  running 3 s (3 ticks) · rerun 1 of 2}); never in batch mode or in a log.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractLabsMojo {
    /** {@code default-cli} when run from the command line; another id when bound in the build. */
    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true)
    private String executionId;

    @Override
    String goal() {
        return "check";
    }

    /**
     * Checks the labs; bound in the build (its default phase, {@code verify}, lets a binding without a phase run
     * rather than silently not run at all), it first says which goal to bind instead.
     */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (executionId != null && !"default-cli".equals(executionId)) {
            getLog().warn("kitchen:check is bound in this build (execution '" + executionId + "'): it compiles the "
                    + "project again before it checks, and runs every lab beside the lab tests; bind kitchen:grade "
                    + "instead, which does neither");
        }
        super.execute();
    }
}
