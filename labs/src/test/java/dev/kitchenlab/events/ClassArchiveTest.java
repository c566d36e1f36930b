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
    void aKitRunFromItsBuildFolderHasNoArchiveSinceTheJdkArchivesOnlyJars() {
        assertThat(ClassArchive.class.getProtectionDomain().getCodeSource().getLocation().getPath()).doesNotEndWith(
                ".jar");

        for (ClassArchive.Jvm jvm : ClassArchive.Jvm.values()) {
            assertThat(ClassArchive.of(jvm, JAVA_HOME, Runtime.version().feature(),
                    List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)))).isEmpty();
        }
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
