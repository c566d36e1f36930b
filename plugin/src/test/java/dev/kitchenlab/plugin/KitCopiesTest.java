package dev.kitchenlab.plugin;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.sources.KitFiles;
import dev.kitchenlab.engine.sources.KitFiles.KitFile;
import dev.kitchenlab.lab.Lab;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copies the plugin's build puts among its resources (plugin/pom.xml): a skeleton and a reference solution for
 * every lab of the catalogue, the skeleton with nothing for Velocity to do but fill in {@code ${package}}, so that
 * kitchen:reset writes what archetype:generate wrote.
 */
class KitCopiesTest {
    private static final KitFiles KIT = KitFiles.onClasspath(KitCopiesTest.class.getClassLoader());
    /** Velocity's references and directives, looked for once the one the kit fills in itself is taken out. */
    private static final Pattern VELOCITY = Pattern.compile(
            "\\$!?\\{?[A-Za-z]|#(set|if|else|elseif|end|foreach|macro|parse|include|define|evaluate"
                    + "|break|stop)\\b|##|#\\*|#\\[\\[");

    static List<Lab> labs() {
        return LabCatalogue.all();
    }

    @ParameterizedTest(name = "lab {0}")
    @MethodSource("labs")
    void everyLabHasASkeletonThatOnlyNeedsItsPackage(Lab lab) {
        KitFile skeleton = KIT.skeleton(lab).orElseThrow(() -> new AssertionError("no skeleton of lab " + lab.label()));

        String filled = skeleton.asSkeleton("edu.school");
        assertThat(filled).startsWith("package edu.school." + lab.packageSegment() + ";")
                .contains("public class " + lab.mainClass()).doesNotContain("${package}");
        String leftForVelocity = skeleton.text().replace("${package}", "");
        assertThat(VELOCITY.matcher(leftForVelocity).find()).as("Velocity syntax in the skeleton of lab %s, which "
                + "kitchen:reset would not render as archetype:generate does", lab.label()).isFalse();
    }

    @ParameterizedTest(name = "lab {0}")
    @MethodSource("labs")
    void everyLabHasAReferenceSolutionThatMovesToTheProjectsPackage(Lab lab) {
        KitFile solution = KIT.solution(lab).orElseThrow(() -> new AssertionError("no solution of lab " + lab.label()));

        String moved = solution.asSolution("edu.school");
        assertThat(solution.text()).startsWith("package " + KitFiles.REFERENCE_PACKAGE + "." + lab.packageSegment());
        assertThat(moved).startsWith("package edu.school." + lab.packageSegment() + ";")
                .doesNotContain(KitFiles.REFERENCE_PACKAGE + ".");
    }
}
