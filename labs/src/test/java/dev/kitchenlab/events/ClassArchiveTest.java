package dev.kitchenlab.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassArchiveTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void jvmsWhoseOptionsNameOrRefuseAnArchiveStartWithoutOurs() {
        assertThat(ClassArchive.fitsOptions(KitchenEnvironment.FAST_START_COOK_OPTIONS)).isTrue();
        assertThat(ClassArchive.fitsOptions(List.of("-Xmx512m", "-Xshare:off"))).isFalse();
        assertThat(ClassArchive.fitsOptions(List.of("-XX:ArchiveClassesAtExit=cooks.jsa"))).isFalse();
        assertThat(ClassArchive.fitsOptions(List.of("-XX:SharedArchiveFile=cooks.jsa"))).isFalse();
        assertThat(ClassArchive.fitsOptions(List.of("-XX:AOTCache=cooks.aot"))).isFalse();
    }

    @Test
    void theKitsTestsRunItFromAJarAsAStudentsProjectDoes() {
        // labs/pom.xml packs the kit for its tests: the rest of this class relies on it.
        assertThat(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().getPath()).endsWith(".jar");
    }

    @Test
    void eachJvmHasAnArchiveOfTheKitsJarAloneAndStartsWithItFirst() {
        List<String> classpath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        String kit = ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        for (ClassArchive.Jvm jvm : ClassArchive.Jvm.values()) {
            ClassArchive archive = ClassArchive.of(jvm, JAVA_HOME, Runtime.version().feature(), classpath).orElseThrow();
            List<String> ordered = List.of(archive.classpath().split(java.io.File.pathSeparator));
            assertThat(Path.of(ordered.get(0))).isEqualTo(Path.of(kit));
            assertThat(ordered).containsExactlyInAnyOrderElementsOf(classpath.stream().filter(e -> !e.isEmpty())
                    .toList());
            assertThat(archive.file().getFileName().toString()).startsWith(jvm == ClassArchive.Jvm.KITCHEN
                    ? "kitchens-" : "cooks-");
        }
    }

    @Test
    void aClasspathWithoutTheKitsJarHasNone() {
        assertThat(ClassArchive.of(ClassArchive.Jvm.KITCHEN, JAVA_HOME, Runtime.version().feature(),
                List.of("target/classes", "oshi-core.jar"))).isEmpty();
    }

    @Test
    void aTrainingKitchenBuildsTheArchiveAKitchenThenStartsFrom() {
        List<String> classpath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator));
        ClassArchive archive = ClassArchive.of(ClassArchive.Jvm.KITCHEN, JAVA_HOME, Runtime.version().feature(),
                classpath).orElseThrow();

        boolean built = archive.build(List.of("dev.kitchenlab.harness.KitchenHarness",
                "dev.kitchenlab.harness.CookTraining"), List.of("-Xmx256m"), KitchenEnvironment.FAST_START_COOK_OPTIONS,
                java.time.Duration.ofSeconds(60));

        assertThat(built).isTrue();
        assertThat(archive.ready()).isTrue();
        assertThat(archive.useOptions()).anyMatch(o -> o.endsWith(archive.file().toString()));
    }

    @Test
    void aJdkBeforeDynamicArchivesHasNone() {
        assertThat(ClassArchive.of(ClassArchive.Jvm.COOK, JAVA_HOME, ClassArchive.FIRST_DYNAMIC - 1,
                List.of("kit.jar"))).isEmpty();
    }

    @Test
    void theCacheKeepsOnlyTheArchivesOfAKindBuiltLastAndWhatIsNotAnArchiveOfIt(@TempDir Path cache)
            throws IOException {
        for (int i = 1; i <= 6; i++) {
            Path archive = Files.writeString(cache.resolve("cooks-17-" + i + ".jsa"), "archive " + i);
            Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000L * i));
        }
        // The kitchens' archives are older than every cook's: the cooks' pruning leaves them to theirs.
        Path kitchens = Files.writeString(cache.resolve("kitchens-17-1.jsa"), "a kitchen archive");
        Files.setLastModifiedTime(kitchens, FileTime.fromMillis(1_000L));
        Files.writeString(cache.resolve("cooks-17-1.jsa.failed"), "failed");
        Files.writeString(cache.resolve("notes.txt"), "not ours to delete");
        Path justBuilt = cache.resolve("cooks-17-3.jsa");

        ClassArchive.pruneOlder(justBuilt);

        try (var left = Files.list(cache)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    "cooks-17-3.jsa", "cooks-17-5.jsa", "cooks-17-6.jsa", "cooks-17-4.jsa", "kitchens-17-1.jsa",
                    "notes.txt");
        }
    }
}
