package dev.kitchenlab.engine;

import dev.kitchenlab.engine.observe.ProcessTreeObserver;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run labs: immutable, made with {@link #builder()}.
 *
 * @param tick the length of one tick for this check
 * @param timeout the longest a lab may run before it is stopped, or {@code null} for each lab's own default
 * @param classpath the kitchen's classpath: the student's classes, the kit, their dependencies
 * @param javaHome the JDK that runs the kitchens
 * @param workDir where each run keeps its events
 * @param observeInterval how often the observer samples the process tree
 * @param inconclusiveReruns how many more times a check runs a lab that came back INCONCLUSIVE, at most
 * @param strict whether a lab still INCONCLUSIVE after its reruns counts as failed (for grading), not as skipped
 */
public record RunOptions(Duration tick, Duration timeout, List<Path> classpath, Path javaHome, Path workDir,
                         Duration observeInterval, int inconclusiveReruns, boolean strict) {

    /** The tick of a check unless told otherwise: long enough that four forked cooks sleeping in parallel
     * still finish in about one tick per round on two cores (at 0.5 s they took 1.2–1.3 ticks). */
    public static final Duration DEFAULT_TICK = Duration.ofSeconds(1);

    /** Checks the parts. */
    public RunOptions {
        Objects.requireNonNull(tick, "tick");
        classpath = List.copyOf(classpath);
        Objects.requireNonNull(javaHome, "javaHome");
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(observeInterval, "observeInterval");
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("a tick must be longer than zero, not " + tick);
        }
        if (inconclusiveReruns < 0) {
            throw new IllegalArgumentException("a lab cannot be rerun " + inconclusiveReruns + " times");
        }
    }

    /** A builder with the defaults: 1 s tick, each lab's own timeout, this JVM's JDK, 2 reruns of an INCONCLUSIVE lab. */
    public static Builder builder() {
        return new Builder();
    }

    /** The feature release of the JDK that runs the kitchens (17, 21, 25), or 0 if it cannot be told. */
    public int javaFeature() {
        return JdkVersion.featureOf(javaHome);
    }

    /** The classpath as the {@code java} command takes it. */
    public String classpathString() {
        return String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }

    /** Builds {@link RunOptions}. */
    public static final class Builder {
        private Duration tick = DEFAULT_TICK;
        private Duration timeout;
        private List<Path> classpath = List.of();
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private Path workDir;
        private Duration observeInterval = ProcessTreeObserver.DEFAULT_INTERVAL;
        private int inconclusiveReruns = Reruns.DEFAULT;
        private boolean strict;

        private Builder() {
        }

        /** The length of one tick. */
        public Builder tick(Duration value) {
            tick = value;
            return this;
        }

        /** The longest a lab may run; {@code null} for each lab's default. */
        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        /** The kitchen's classpath. */
        public Builder classpath(List<Path> value) {
            classpath = value;
            return this;
        }

        /** The JDK that runs the kitchens. */
        public Builder javaHome(Path value) {
            javaHome = value;
            return this;
        }

        /** Where runs keep their events. */
        public Builder workDir(Path value) {
            workDir = value;
            return this;
        }

        /** How often the observer samples. */
        public Builder observeInterval(Duration value) {
            observeInterval = value;
            return this;
        }

        /** How many more times a check runs a lab that came back INCONCLUSIVE; 0 judges every lab once. */
        public Builder inconclusiveReruns(int value) {
            inconclusiveReruns = value;
            return this;
        }

        /** Whether a lab still INCONCLUSIVE after its reruns counts as failed. */
        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        /** The options. */
        public RunOptions build() {
            return new RunOptions(tick, timeout, classpath, javaHome, workDir, observeInterval, inconclusiveReruns,
                    strict);
        }
    }
}
