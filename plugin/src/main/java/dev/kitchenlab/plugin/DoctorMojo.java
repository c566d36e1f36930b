package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.Doctor;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Says what this machine means for the labs: the JDK and its vendor, the operating system, the CPUs, a container's
 * CPU and memory limits and the Maven version, then one line each on what they change ("1 CPU: lab 02 expects 4
 * ticks, not 2"; a lab the JDK is too old for, which will be SKIPPED; a memory limit below what the memory lab needs;
 * the shortest tick that judges timing here). Runs no lab and changes nothing.
 */
@Mojo(name = "doctor", threadSafe = true, requiresProject = false)
public class DoctorMojo extends AbstractMojo {

    /** The version of the Maven running this goal. */
    @Parameter(defaultValue = "${maven.version}", readonly = true)
    private String mavenVersion;

    @Override
    public void execute() {
        for (ConsoleLine line : Doctor.examineHere(mavenVersion)) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARN -> getLog().warn(line.text());
                default -> getLog().info(line.text());
            }
        }
    }
}
