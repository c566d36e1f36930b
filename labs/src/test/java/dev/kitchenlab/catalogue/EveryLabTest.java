package dev.kitchenlab.catalogue;

import dev.kitchenlab.engine.LabCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every lab judged end to end: each program of each lab's {@code Cases} runs in a real forked kitchen (with real
 * cook JVMs where the lab forks them) and must get its verdict and its own diagnosis.
 */
class EveryLabTest {
    @TempDir
    Path work;

    static List<LabCase> cases() {
        // -Dcases=REGEX (over "NN name: case") judges a few programs again while a lab is being written.
        Pattern only = Pattern.compile(System.getProperty("cases", ""));
        return AllCases.everyLab().stream().filter(c -> only.matcher(c.toString()).find()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    // Side by side, as many as the machine has cores (junit-platform.properties): the suite's longest test, and each
    // program runs in kitchens of its own with a working folder of its own, as two checks at once do.
    @Execution(ExecutionMode.CONCURRENT)
    void eachProgramIsJudgedAsATeacherWould(LabCase program) throws Exception {
        int here = Runtime.version().feature();
        // A kitchen on this JDK would only say SKIPPED: the lab's programs are judged by a test JVM of a newer JDK
        // (the jdk21 profile, when KITCHEN_JDK21 names one), and their classes were compiled only for it.
        assumeTrue(here >= program.lab().minimumJdk(), () -> "lab " + program.lab().label() + " needs JDK "
                + program.lab().minimumJdk() + "+ and was not judged on JDK " + here + ": set KITCHEN_JDK21");
        program.check(work);
    }

    @Test
    void everyLabHasItsReferenceSolutionAndAWrongProgramToJudge() {
        for (var lab : LabCatalogue.all()) {
            List<LabCase> programs = AllCases.of(lab);
            assertThat(programs).as(lab.label()).anyMatch(c -> c.mainClass()
                    .equals("org.example.kitchen." + lab.packageSegment() + "." + lab.mainClass()));
            assertThat(programs).as(lab.label()).anyMatch(c -> !c.isRight());
        }
    }
}
