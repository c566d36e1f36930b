package dev.kitchenlab.engine.reset;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.reset.ResetOutcome.Kind;
import dev.kitchenlab.engine.sources.KitFiles;
import dev.kitchenlab.engine.sources.LabFolders;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonResetTest {
    private static final Lab COOKS = LabCatalogue.select("03").get(0);
    private static final String TEMPLATE = "package ${package}.lab03;\n\npublic class ManyCooks { /* todo */ }\n";
    private static final KitFiles KIT = path -> Optional.ofNullable(
            Map.of("kitchen/skeletons/java/lab03/ManyCooks.java", TEMPLATE).get(path));
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path project;
    private Path sources;
    private Path lab03;

    @BeforeEach
    void aProjectInItsOwnPackage() throws Exception {
        sources = project.resolve("src/main/java");
        lab03 = sources.resolve("edu/school/kitchen/lab03");
        Files.createDirectories(lab03);
        Files.createDirectories(sources.resolve("edu/school/kitchen/lab02"));
    }

    private ResetOutcome reset() {
        return new SkeletonReset(new KitchenFolder(project), new LabFolders(List.of(sources)), KIT, NOON).reset(COOKS);
    }

    @Test
    void theStudentsVersionIsKeptThenTheSkeletonIsBackInTheProjectsPackage() throws Exception {
        Files.writeString(lab03.resolve("ManyCooks.java"), "my work");
        Files.writeString(lab03.resolve("Helper.java"), "my helper");

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.RESTORED);
        assertThat(lab03.resolve("ManyCooks.java")).hasContent(TEMPLATE.replace("${package}", "edu.school.kitchen"));
        Path backup = project.resolve(".kitchen/backups/2026-11-29T12-00-00Z/src/main/java/edu/school/kitchen/lab03");
        assertThat(backup.resolve("ManyCooks.java")).hasContent("my work");
        assertThat(backup.resolve("Helper.java")).hasContent("my helper");
        assertThat(lab03.resolve("Helper.java")).hasContent("my helper");
        assertThat(String.join("\n", outcome.lines())).contains(".kitchen/backups/2026-11-29T12-00-00Z/src/main/java/"
                + "edu/school/kitchen/lab03/ManyCooks.java over src/main/java/edu/school/kitchen/lab03/ManyCooks.java")
                .contains("Helper.java");
    }

    @Test
    void aSecondResetInTheSameSecondKeepsBothBackups() throws Exception {
        Files.writeString(lab03.resolve("ManyCooks.java"), "first try");
        reset();
        Files.writeString(lab03.resolve("ManyCooks.java"), "second try");

        reset();

        Path backups = project.resolve(".kitchen/backups");
        assertThat(backups.resolve("2026-11-29T12-00-00Z/src/main/java/edu/school/kitchen/lab03/ManyCooks.java"))
                .hasContent("first try");
        assertThat(backups.resolve("2026-11-29T12-00-00Z-2/src/main/java/edu/school/kitchen/lab03/ManyCooks.java"))
                .hasContent("second try");
    }

    @Test
    void aLabThatIsAlreadyItsSkeletonIsLeftAloneWithNoBackup() throws Exception {
        Files.writeString(lab03.resolve("ManyCooks.java"),
                TEMPLATE.replace("${package}", "edu.school.kitchen").replace("\n", "\r\n"));

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.ALREADY_SKELETON);
        assertThat(outcome.lines().get(0)).contains("already the skeleton").contains("nothing was changed");
        assertThat(project.resolve(".kitchen")).doesNotExist();
    }

    @Test
    void aLabInTwoPackagesIsRefusedAndNothingChanges() throws Exception {
        Files.writeString(lab03.resolve("ManyCooks.java"), "mine");
        Path other = Files.createDirectories(sources.resolve("old/copy/lab03"));
        Files.writeString(other.resolve("ManyCooks.java"), "an old copy");

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.lines().get(0)).contains("more than one folder").contains("old/copy/lab03")
                .contains("edu/school/kitchen/lab03");
        assertThat(lab03.resolve("ManyCooks.java")).hasContent("mine");
        assertThat(other.resolve("ManyCooks.java")).hasContent("an old copy");
    }

    @Test
    void aDeletedLabComesBackInThePackageOfTheOtherLabs() throws Exception {
        Files.delete(lab03);

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.RESTORED);
        assertThat(lab03.resolve("ManyCooks.java")).hasContent(TEMPLATE.replace("${package}", "edu.school.kitchen"));
        assertThat(outcome.lines()).anyMatch(line -> line.contains("nothing to keep"));
    }

    @Test
    void aDeletedLabClassComesBackBesideTheStudentsOtherFilesWhichAreKept() throws Exception {
        Files.writeString(lab03.resolve("Helper.java"), "my helper");

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.RESTORED);
        assertThat(lab03.resolve("ManyCooks.java")).hasContent(TEMPLATE.replace("${package}", "edu.school.kitchen"));
        assertThat(project.resolve(".kitchen/backups/2026-11-29T12-00-00Z/src/main/java/edu/school/kitchen/lab03/"
                + "Helper.java")).hasContent("my helper");
        assertThat(outcome.lines()).noneMatch(line -> line.startsWith("to get it back"));
    }

    @Test
    void aProjectWithNoLabFolderIsRefusedWithWhatToDo() throws Exception {
        Files.delete(lab03);
        Files.delete(sources.resolve("edu/school/kitchen/lab02"));

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.lines()).anyMatch(line -> line.startsWith("next: create the folder lab03"));
    }

    @Test
    void whenNoCopyCanBeKeptTheStudentsFileIsNotTouched() throws Exception {
        Files.writeString(lab03.resolve("ManyCooks.java"), "my work");
        Files.writeString(project.resolve(".kitchen"), "a file where the folder should be");

        ResetOutcome outcome = reset();

        assertThat(outcome.kind()).isEqualTo(Kind.REFUSED);
        assertThat(outcome.lines().get(0)).contains("could not keep a copy").contains("nothing was changed");
        assertThat(lab03.resolve("ManyCooks.java")).hasContent("my work");
    }

    @Test
    void aKitWithoutTheSkeletonSaysItIsTheKitsFault() throws Exception {
        Files.writeString(lab03.resolve("ManyCooks.java"), "my work");

        ResetOutcome outcome = new SkeletonReset(new KitchenFolder(project), new LabFolders(List.of(sources)),
                path -> Optional.empty(), NOON).reset(COOKS);

        assertThat(outcome.kind()).isEqualTo(Kind.KIT_INCOMPLETE);
        assertThat(lab03.resolve("ManyCooks.java")).hasContent("my work");
    }
}
