package dev.kitchenlab.engine.hints;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.ConsoleLine;
import dev.kitchenlab.engine.progress.ProgressBook;
import dev.kitchenlab.engine.sources.KitFiles;
import dev.kitchenlab.engine.sources.LabFolders;
import dev.kitchenlab.engine.state.KitchenFolder;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HintDeskTest {
    private static final Lab COOKS = LabCatalogue.select("03").get(0);
    private static final String REFERENCE = "package org.example.kitchen.lab03;\n\nimport org.example.kitchen.lab02.X;\n"
            + "\npublic class ManyCooks { /* the answer */ }\n";
    private static final KitFiles KIT = path -> Optional.ofNullable(
            Map.of("kitchen/solutions/java/lab03/ManyCooks.java", REFERENCE).get(path));

    @TempDir
    Path project;
    private HintDesk desk;

    @BeforeEach
    void aProjectInItsOwnPackage() throws Exception {
        Path sources = project.resolve("src/main/java");
        Files.createDirectories(sources.resolve("edu/school/lab03"));
        desk = new HintDesk(new KitchenFolder(project), new LabFolders(List.of(sources)), KIT);
    }

    private String ask(boolean showSolution) {
        return desk.ask(COOKS, showSolution).stream().map(ConsoleLine::text).collect(Collectors.joining("\n"));
    }

    @Test
    void eachCallClimbsOneHintAndTheLadderIsRememberedInDotKitchen() {
        int total = COOKS.hints().size();
        assertThat(total).as("lab 03 needs a ladder for this test").isGreaterThan(1);

        assertThat(ask(false)).contains("hint 1 of " + total).contains(COOKS.hints().get(0))
                .doesNotContain(COOKS.hints().get(1)).contains("again for hint 2 of " + total);
        assertThat(ask(false)).contains("hint 2 of " + total).contains(COOKS.hints().get(1));
        assertThat(project.resolve(".kitchen/hints.properties")).content().contains("03=2");
    }

    @Test
    void pastTheLastHintItSaysSoAndWhatIsNext() {
        int total = COOKS.hints().size();
        for (int i = 0; i < total - 1; i++) {
            ask(false);
        }
        assertThat(ask(false)).contains("hint " + total + " of " + total + " (the last)");

        String after = ask(false);

        assertThat(after).contains("you have seen all " + total + " hints").contains(COOKS.hints().get(0))
                .contains("mvn kitchen:check -Dlab=03").contains("-Dkitchen.showSolution=true");
        assertThat(ask(false)).contains("you have seen all " + total + " hints");
    }

    @Test
    void theSolutionIsNotShownBeforeTheLabPasses() {
        new ProgressBook(new KitchenFolder(project)).record(Map.of("03", Verdict.FAIL));

        assertThat(ask(false)).contains("hint 1 of").doesNotContain("the answer");
    }

    @Test
    void afterAPassTheSolutionIsShownInTheProjectsPackageMarkedAsTheKits() {
        new ProgressBook(new KitchenFolder(project)).record(Map.of("03", Verdict.PASS));

        String shown = ask(false);

        assertThat(shown).contains("has passed").contains("the kit's reference solution")
                .contains("package edu.school.lab03;").contains("import edu.school.lab02.X;")
                .contains("edu/school/lab03/ManyCooks.java").doesNotContain("org.example.kitchen");
    }

    @Test
    void theSwitchShowsTheSolutionBeforeAPassAndSaysItWasAskedFor() {
        String shown = ask(true);

        assertThat(shown).contains("you asked for it with -Dkitchen.showSolution=true").contains("has not passed yet")
                .contains("the answer");
        assertThat(project.resolve(".kitchen/hints.properties")).doesNotExist();
    }

    @Test
    void aFolderTheKitCannotWriteStillGivesTheHintAndSaysItWillComeAgain() throws Exception {
        Files.writeString(project.resolve(".kitchen"), "a file where the folder should be");

        List<ConsoleLine> lines = desk.ask(COOKS, false);

        assertThat(lines).anyMatch(l -> l.level() == ConsoleLine.Level.WARN && l.text().contains("cannot remember"));
        assertThat(lines).anyMatch(l -> l.text().contains(COOKS.hints().get(0)));
    }
}
