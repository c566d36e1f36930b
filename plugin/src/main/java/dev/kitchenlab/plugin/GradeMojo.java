package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.EarlierVerdicts;
import dev.kitchenlab.engine.ReportedVerdicts;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.Date;

/**
 * Grades the labs as part of a build: the goal to bind in an {@code <execution>}, by default to {@code verify}, so
 * that {@code mvn verify} grades. Unlike {@code check} it starts no build of its own (the build it is bound to has
 * compiled the project already; a goal that forks the lifecycle, bound to a phase, runs that lifecycle twice). A lab
 * whose JUnit test judged it earlier in the same build keeps that verdict, so each lab runs once per build; every
 * other lab is checked here. Each lab's verdict is in {@code target/kitchen/TEST-kitchen.labNN.xml}, the format CI
 * servers and graders read; with {@code -Dkitchen.strict=true} a lab that could not be judged fails too.
 */
@Mojo(name = "grade", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class GradeMojo extends AbstractLabsMojo {

    /** When this build began: a lab test's report written since then stands. */
    @Parameter(defaultValue = "${session.request.startTime}", readonly = true, required = true)
    private Date buildStarted;

    @Override
    String goal() {
        return "grade";
    }

    @Override
    EarlierVerdicts earlier() {
        return new ReportedVerdicts(workDir().toPath(), buildStarted.toInstant());
    }
}
