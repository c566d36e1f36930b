package dev.kitchenlab.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit's packages, read from their compiled classes: layers that point one way (DESIGN.md), no cycle, and a
 * student API that shows a student nothing but what a lab calls.
 */
class LayersTest {
    private static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.kitchenlab");

    @Test
    void layersPointOneWayFromTheFrontEndsDownToTheEvents() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("JUnit glue").definedBy("dev.kitchenlab.junit..")
                .layer("Engine").definedBy("dev.kitchenlab.engine..")
                .layer("Catalogue").definedBy("dev.kitchenlab.catalogue..")
                .layer("Judging tools").definedBy("dev.kitchenlab.judging..")
                .layer("Lab declaration").definedBy("dev.kitchenlab.lab..")
                .layer("Evidence").definedBy("dev.kitchenlab.evidence..")
                .layer("Verdicts").definedBy("dev.kitchenlab.verdict..")
                .layer("Harness").definedBy("dev.kitchenlab.harness..")
                .layer("Student API").definedBy("dev.kitchenlab.kitchen..")
                .layer("Events").definedBy("dev.kitchenlab.events..")
                .whereLayer("JUnit glue").mayNotBeAccessedByAnyLayer()
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("JUnit glue")
                .whereLayer("Catalogue").mayOnlyBeAccessedByLayers("Engine", "JUnit glue")
                .whereLayer("Judging tools").mayOnlyBeAccessedByLayers("Catalogue")
                .whereLayer("Lab declaration").mayOnlyBeAccessedByLayers("Judging tools", "Catalogue", "Engine")
                .whereLayer("Evidence").mayOnlyAccessLayers("Events")
                .whereLayer("Verdicts").mayNotAccessAnyLayer()
                .whereLayer("Harness").mayOnlyBeAccessedByLayers("Engine")
                .whereLayer("Harness").mayOnlyAccessLayers("Student API", "Events")
                .whereLayer("Student API").mayOnlyAccessLayers("Events")
                .whereLayer("Events").mayNotAccessAnyLayer()
                .check(KIT);
    }

    @Test
    void noPackageDependsOnAnotherThatDependsOnIt() {
        slices().matching("dev.kitchenlab.(**)").should().beFreeOfCycles().check(KIT);
    }

    @Test
    void aStudentsAutocompleteOffersOnlyWhatALabCalls() {
        Set<String> offered = KIT.stream().filter(c -> c.getPackageName().equals("dev.kitchenlab.kitchen"))
                .filter(JavaClass::isTopLevelClass).filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getSimpleName).collect(Collectors.toSet());

        assertThat(offered).containsExactlyInAnyOrder("ThreadPool", "ProcessPool", "Pool", "Chore", "Recipe", "Tick",
                "Todo", "LabNotStartedException", "CookFailedException", "EmptyCook", "Stove", "Order", "Utensil",
                "Pan", "Shift", "Rush");
    }

    @Test
    void everyPackageSaysWhatItIsForAndWhichJvmRunsIt() throws IOException {
        Path sources = Path.of("src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> packages = files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .toList();
            assertThat(packages).isNotEmpty().allSatisfy(dir -> {
                Path info = dir.resolve("package-info.java");
                assertThat(info).as("package-info of " + sources.relativize(dir)).isRegularFile();
                assertThat(Files.readString(info)).as(info.toString()).containsPattern("[Rr]uns? in");
            });
        }
    }
}
