package dev.kitchenlab.engine;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs fixture students through the real engine: a forked kitchen, watched and judged. */
public final class KitchenRuns {
    /**
     * The child processes of this test JVM, as a JUnit resource lock: the tests that start programs side by side
     * (EveryLabTest, ReliabilityTest) share it ({@code READ}), each finding its own run's processes by the run's marker;
     * a test that looks at every child of this JVM, or at every process naming it the inspector, or that needs its own
     * child to get a fair share of a core, holds it alone.
     */
    public static final String CHILD_PROCESSES = "the test JVM's child processes";

    /** Measured once per test JVM, as a check measures once at its start. */
    private static final Calibration CALIBRATION = Calibrator.measure();

    private KitchenRuns() {
    }

    /** The classpath of this test JVM: the kit, the fixtures, their dependencies. */
    public static List<Path> testClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    /**
     * The JDK whose kitchens judge {@code lab}: this JVM's, or, for a lab that needs a newer JDK (lab 15), the JDK 21+
     * home the build names in the system property {@code kitchen.jdk21} (labs/pom.xml's jdk21 profile, from
     * KITCHEN_JDK21), whose kitchens run its programs compiled at release 21 while the engine stays on this JVM, as a
     * check whose kitchens run on another JDK does. Empty when neither can run it.
     */
    public static Optional<Path> kitchensJdkFor(Lab lab) {
        if (lab.minimumJdk() <= Runtime.version().feature()) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        String newer = System.getProperty("kitchen.jdk21", "");
        return newer.isBlank() ? Optional.empty() : Optional.of(Path.of(newer));
    }

    /** Runs the lab whose {@code main} is {@code mainClass} and judges it, stopped after {@code timeout} if set. */
    public static LabResult run(Lab lab, String mainClass, Path workDir, Duration tick, Duration timeout) {
        RunOptions.Builder options = RunOptions.builder().tick(tick).timeout(timeout).classpath(testClasspath())
                .workDir(workDir);
        kitchensJdkFor(lab).ifPresent(options::javaHome);
        return new LabRunner(options.build(), CALIBRATION).run(lab, mainClass);
    }

    /**
     * Runs a right solution: a timing lab may come back INCONCLUSIVE on a busy machine, so it is run once more,
     * as DESIGN.md says; the second verdict is what counts.
     */
    public static LabResult runRight(Lab lab, String mainClass, Path workDir, Duration tick) {
        LabResult first = run(lab, mainClass, workDir, tick, null);
        return first.verdict() == Verdict.INCONCLUSIVE ? run(lab, mainClass, workDir, tick, null) : first;
    }

    /**
     * No process carrying the run's marker is left, and every JVM of the run, each checked in with an events file
     * named after its pid, is gone. The marker, not this JVM's descendants: other programs' kitchens may be running
     * beside this one (EveryLabTest runs them side by side), and a process that left the tree still carries it.
     */
    public static void assertNothingLeftRunning(LabResult result) throws IOException {
        assertThat(processesOfTheRun(result)).as("processes left by the lab").isEmpty();
        Path events = result.run().orElseThrow().resolve("events");
        try (Stream<Path> files = Files.list(events)) {
            List<Long> pids = files.map(f -> Long.parseLong(f.getFileName().toString().replaceAll("\\D", ""))).toList();
            assertThat(pids).as("the JVMs of the run checked in").isNotEmpty();
            assertThat(pids).as("JVMs of the run still alive").noneMatch(pid -> stillRunning(pid, events));
        }
    }

    /**
     * Whether the JVM that checked in as {@code pid} into {@code events} runs yet. Its pid alone does not say: once that
     * JVM ended, the pid may name another process or thread (lab 15's ten thousand platform threads, two kitchens at
     * once, go round this machine's 32,768 pids in seconds). A JVM checks in only into the folder its environment
     * names, so the same JVM, still alive, still has that folder in its environment.
     */
    private static boolean stillRunning(long pid, Path events) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String environ = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ")));
            return Arrays.asList(environ.split("\0")).contains("KITCHEN_EVENTS_DIR=" + events);
        } catch (IOException | RuntimeException unreadable) {
            // Alive, and nothing says it is another: taken for the run's.
            return true;
        }
    }

    /** The pids of the processes still carrying the marker of the run that made {@code result}, from /proc. */
    public static List<Long> processesOfTheRun(LabResult result) throws IOException {
        Path run = result.run().orElseThrow();
        String marker = "KITCHEN_RUN=" + run.getParent().getFileName() + "-" + run.getFileName();
        return processesWithEnvironment(marker);
    }

    /** The pids of the processes whose environment holds this entry ({@code NAME=value}), from /proc. */
    public static List<Long> processesWithEnvironment(String entry) throws IOException {
        return processesWithEnvironment(entry::equals);
    }

    /** The pids of the processes whose environment holds an entry ({@code NAME=value}) that {@code entry} accepts. */
    public static List<Long> processesWithEnvironment(Predicate<String> entry) throws IOException {
        List<Long> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path dir : entries.toList()) {
                try {
                    String environ = new String(Files.readAllBytes(dir.resolve("environ")));
                    if (Arrays.stream(environ.split("\0")).anyMatch(entry)) {
                        found.add(Long.parseLong(dir.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException notAProcess) {
                    // Gone, or not a process folder.
                }
            }
        }
        return found;
    }

    /** Every finding, for an assertion's description. */
    public static String describe(LabResult result) {
        StringBuilder text = new StringBuilder(result.verdict() + " " + result.figures().summary());
        result.findings().forEach(f -> text.append("\n  ").append(f.verdict()).append(" [").append(f.expectation())
                .append("]: ").append(f.message()));
        result.outputTail().forEach(line -> text.append("\n  | ").append(line));
        return text.toString();
    }
}
