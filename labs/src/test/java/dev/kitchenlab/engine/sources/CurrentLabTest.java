package dev.kitchenlab.engine.sources;

import dev.kitchenlab.lab.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lab a student is on is the one whose file was saved last, whatever the project's package. */
class CurrentLabTest {
    @TempDir
    Path sources;

    @Test
    void isTheLabWhoseFileWasSavedLast() throws IOException {
        save("edu/school/lab02/ManyKitchens.java", 300);
        save("edu/school/lab03/ManyCooks.java", 100);
        save("edu/school/lab03/Helper.java", 400);
        save("edu/school/Shared.java", 900);

        assertThat(CurrentLab.in(new LabFolders(List.of(sources)))).map(Lab::id).hasValue("03");
    }

    @Test
    void isNoneWithoutALabFolder() throws IOException {
        save("edu/school/Shared.java", 900);

        assertThat(CurrentLab.in(new LabFolders(List.of(sources, sources.resolve("missing"))))).isEmpty();
    }

    private void save(String path, long secondsAfterEpoch) throws IOException {
        Path file = sources.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "class X {}");
        Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + secondsAfterEpoch)));
    }
}
