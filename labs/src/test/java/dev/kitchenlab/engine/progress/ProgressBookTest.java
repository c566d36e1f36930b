package dev.kitchenlab.engine.progress;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressBookTest {
    private static final Lab PS = LabCatalogue.select("01").get(0);
    private static final Lab KITCHENS = LabCatalogue.select("02").get(0);
    private static final Lab COOKS = LabCatalogue.select("03").get(0);

    @TempDir
    Path project;

    @Test
    void aNewDayReadsTheVerdictsTheLastChecksWrote() {
        new ProgressBook(new KitchenFolder(project)).record(Map.of("01", Verdict.PASS));
        new ProgressBook(new KitchenFolder(project)).record(Map.of("03", Verdict.FAIL));

        Progress tomorrow = new ProgressBook(new KitchenFolder(project)).read();

        assertThat(tomorrow.of("01")).contains(new LabRecord(Verdict.PASS, true));
        assertThat(tomorrow.of("03")).contains(new LabRecord(Verdict.FAIL, false));
        assertThat(project.resolve(".kitchen/progress.properties")).isRegularFile();
    }

    @Test
    void twoChecksFinishingAtOnceEachKeepTheirLab() throws Exception {
        List<String> labs = List.of("01", "02", "03", "04");
        List<Thread> checks = labs.stream().map(id -> new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                new ProgressBook(new KitchenFolder(project)).record(Map.of(id, Verdict.PASS));
            }
        })).toList();
        checks.forEach(Thread::start);
        for (Thread check : checks) {
            check.join();
        }

        Progress progress = new ProgressBook(new KitchenFolder(project)).read();

        assertThat(labs).allSatisfy(id -> assertThat(progress.of(id)).contains(new LabRecord(Verdict.PASS, true)));
    }

    @Test
    void aLabThatPassedOnceStaysUnlockedButIsNotDoneAfterItFails() {
        ProgressBook book = new ProgressBook(new KitchenFolder(project));
        book.record(Map.of("03", Verdict.PASS));

        Progress progress = book.record(Map.of("03", Verdict.FAIL));

        assertThat(progress.passedOnce("03")).isTrue();
        assertThat(progress.summarize(List.of(COOKS)).done()).isZero();
    }

    @Test
    void theTallyCountsLabsNotCheckedThisTimeAndNamesTheFirstNotDone() {
        Progress progress = new Progress(Map.of()).with("01", Verdict.PASS).with("03", Verdict.PASS)
                .with("02", Verdict.INCONCLUSIVE);

        ProgressSummary summary = progress.summarize(List.of(PS, KITCHENS, COOKS));

        assertThat(summary.tally()).isEqualTo("2 of 3 labs done");
        assertThat(summary.nextStep()).isEqualTo("next: lab " + KITCHENS.label() + " (mvn kitchen:check -Dlab=02)");
    }

    @Test
    void everyLabDoneSaysSo() {
        ProgressSummary summary = new Progress(Map.of()).with("03", Verdict.PASS).summarize(List.of(COOKS));

        assertThat(summary.tally()).isEqualTo("1 of 1 labs done");
        assertThat(summary.nextStep()).isEqualTo("every lab is done");
    }

    @Test
    void aLineEditedByHandIsForgottenNotFatal() throws Exception {
        Files.createDirectories(project.resolve(".kitchen"));
        Files.writeString(project.resolve(".kitchen/progress.properties"),
                "01.last=PASS\n02.last=GREAT\n");

        Progress progress = new ProgressBook(new KitchenFolder(project)).read();

        assertThat(progress.of("01")).contains(new LabRecord(Verdict.PASS, false));
        assertThat(progress.of("02")).isEmpty();
    }

    @Test
    void aDamagedFileIsAnEmptyOne() throws Exception {
        Files.createDirectories(project.resolve(".kitchen"));
        Files.writeString(project.resolve(".kitchen/progress.properties"), "01.last=\\u00zz\n");

        assertThat(new ProgressBook(new KitchenFolder(project)).read().of("01")).isEmpty();
    }

    @Test
    void aFolderTheKitCannotWriteIsNamed() throws Exception {
        Files.writeString(project.resolve(".kitchen"), "a file where the folder should be");

        assertThatThrownBy(() -> new ProgressBook(new KitchenFolder(project)).record(Map.of("03", Verdict.PASS)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(".kitchen");
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        new ProgressBook(new KitchenFolder(project)).record(Map.of("03", Verdict.PASS));

        try (var files = Files.list(project.resolve(".kitchen"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
