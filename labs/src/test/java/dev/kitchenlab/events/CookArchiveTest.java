package dev.kitchenlab.events;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CookArchiveTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void cooksWhoseOptionsNameOrRefuseAnArchiveStartWithoutOurs() {
        assertThat(CookArchive.fitsOptions(KitchenEnvironment.FAST_START_COOK_OPTIONS)).isTrue();
        assertThat(CookArchive.fitsOptions(List.of("-Xmx512m", "-Xshare:off"))).isFalse();
        assertThat(CookArchive.fitsOptions(List.of("-XX:ArchiveClassesAtExit=/tmp/x.jsa"))).isFalse();
        assertThat(CookArchive.fitsOptions(List.of("-XX:SharedArchiveFile=/tmp/x.jsa"))).isFalse();
        assertThat(CookArchive.fitsOptions(List.of("-XX:AOTCache=/tmp/x.aot"))).isFalse();
    }

    @Test
    void aKitRunFromItsBuildFolderHasNoArchiveSinceTheJdkArchivesOnlyJars() {
        assertThat(CookArchive.class.getProtectionDomain().getCodeSource().getLocation().getPath()).doesNotEndWith(
                ".jar");

        assertThat(CookArchive.of(JAVA_HOME, Runtime.version().feature(),
                List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)))).isEmpty();
    }

    @Test
    void aJdkBeforeDynamicArchivesHasNone() {
        assertThat(CookArchive.of(JAVA_HOME, CookArchive.FIRST_DYNAMIC - 1, List.of("kit.jar"))).isEmpty();
    }
}
