package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What the doctor makes of made-up machines, for the real catalogue and a made-up lab from the future. */
class DoctorTest {
    private static final Calibration QUIET = new Calibration(Duration.ofMillis(2), Duration.ofNanos(100_000), 2);
    private static final Lab VIRTUAL = Lab.builder("15", "virtual").title("a million cooks").claim("claim")
            .mainClass("Virtual").minimumJdk(21).expect(Expectation.of("ran", run -> Finding.pass("ran"), "run")).build();

    private static Machine machine(int jdk, int cpus, ContainerLimits limits) {
        return new Machine(jdk, jdk + ".0.1", "Made-up Vendor", "Linux 6.1 (amd64)", cpus, 8_000_000_000L, limits,
                "3.8.7");
    }

    private static List<String> texts(Machine machine) {
        List<Lab> labs = new ArrayList<>(LabCatalogue.all());
        labs.add(VIRTUAL);
        return Doctor.examine(machine, labs, QUIET).stream().map(ConsoleLine::text).toList();
    }

    @Test
    void theMachineIsDescribedFirst() {
        List<String> lines = texts(machine(17, 2, ContainerLimits.NONE));

        assertThat(lines).anyMatch(l -> l.contains("JDK     17.0.1 (Made-up Vendor)"))
                .anyMatch(l -> l.contains("OS      Linux 6.1 (amd64)"))
                .anyMatch(l -> l.contains("Maven   3.8.7"))
                .anyMatch(l -> l.contains("CPUs    2 for a JVM · container CPU limit: no limit"))
                .anyMatch(l -> l.contains("memory  8.0 GB · container memory limit: no limit"));
    }

    @Test
    void aJdkTooOldForALabSaysItWillBeSkipped() {
        assertThat(texts(machine(17, 2, ContainerLimits.NONE)))
                .contains("  JDK 17: lab 15 virtual needs 21+, it will be SKIPPED (run Maven with a JDK 21 or newer in "
                        + "JAVA_HOME to try it)");
        assertThat(texts(machine(21, 2, ContainerLimits.NONE))).contains("  JDK 21: every lab can run here");
    }

    @Test
    void oneCpuSaysWhatLab02ExpectsThen() {
        assertThat(texts(machine(17, 1, ContainerLimits.NONE)))
                .anyMatch(l -> l.startsWith("  1 CPU: lab 02 expects 4 ticks, not 2"));
        assertThat(texts(machine(17, 2, ContainerLimits.NONE)))
                .anyMatch(l -> l.startsWith("  2 CPUs: lab 02's new ProcessPool() opens 2 cook processes, so its 4 "
                        + "greetings take 2 ticks"));
    }

    @Test
    void aContainerMemoryLimitBelowWhatLab07HoldsIsWarnedAbout() {
        ContainerLimits small = new ContainerLimits(OptionalDouble.of(1.5), OptionalLong.of(512_000_000L));

        List<String> lines = texts(machine(17, 2, small));

        assertThat(lines).anyMatch(l -> l.contains("container CPU limit: 1.50 CPUs"))
                .anyMatch(l -> l.contains("container memory limit: 512 MB"))
                .anyMatch(l -> l.startsWith("  memory 512 MB: lab 07 memory held about")
                        && l.contains("more than the container's limit allows"));
        assertThat(texts(machine(17, 2, ContainerLimits.NONE)))
                .anyMatch(l -> l.startsWith("  memory 8.0 GB: room for lab 07 memory"));
    }

    @Test
    void theShortestTickThatJudgesTimingIsNamedWithHowLateTheMachineRunsNow() {
        assertThat(texts(machine(17, 2, ContainerLimits.NONE)))
                .anyMatch(l -> l.contains("tick: timing is judged from a tick of 500ms up (the check's default is 1s); "
                        + "right now sleeps wake up to 2.0 ms late"));
    }

    @Test
    void thisMachineCanBeExaminedWithoutMaven() {
        assertThat(Doctor.examineHere("")).extracting(ConsoleLine::text).anyMatch(l -> l.contains("Maven   not known"));
    }
}
