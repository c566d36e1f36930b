package dev.kitchenlab.plugin;

import dev.kitchenlab.events.Durations;
import org.apache.maven.plugin.MojoFailureException;

import java.time.Duration;

/** A duration the student typed as {@code -Dkitchen.<name>}, read as the kit reads ticks. */
final class DurationParameter {
    private DurationParameter() {
    }

    /**
     * The duration {@code value} says.
     *
     * @throws MojoFailureException when it says none, naming the option and showing one that works with this goal
     */
    static Duration parse(String goal, String property, String value) throws MojoFailureException {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException bad) {
            throw new MojoFailureException("-D" + property + "=" + value + ": " + bad.getMessage()
                    + "; e.g. mvn kitchen:" + goal + " -D" + property + "=1s");
        }
    }
}
