package dev.kitchenlab.catalogue;

import dev.kitchenlab.engine.ConsoleReport;
import dev.kitchenlab.lab.Lab;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabCatalogueTest {

    @Test
    void aLabIsNamedByItsIdWithOrWithoutZeroOrByItsName() {
        assertThat(LabCatalogue.select("03")).extracting(Lab::name).containsExactly("cooks");
        assertThat(LabCatalogue.select("3")).extracting(Lab::name).containsExactly("cooks");
        assertThat(LabCatalogue.select(" Cooks ")).extracting(Lab::name).containsExactly("cooks");
        assertThat(LabCatalogue.select("lab03,cooks")).extracting(Lab::name).containsExactly("cooks");
    }

    @Test
    void noSelectionMeansEveryLab() {
        assertThat(LabCatalogue.select("")).isEqualTo(LabCatalogue.all());
        assertThat(LabCatalogue.select(null)).isEqualTo(LabCatalogue.all());
    }

    @Test
    void anUnknownLabIsRefusedWithTheListOfLabs() {
        assertThatThrownBy(() -> LabCatalogue.select("03,soup"))
                .hasMessage("there is no lab 'soup'; the labs are: " + LabCatalogue.listing());
    }

    @Test
    void aNearMissIsAnsweredWithTheLabItMostLikelyMeant() {
        assertThatThrownBy(() -> LabCatalogue.select("cook"))
                .hasMessage("there is no lab 'cook'; did you mean cooks (03)?; the labs are: " + LabCatalogue.listing());
        assertThatThrownBy(() -> LabCatalogue.select("Deadlok")).hasMessageContaining("did you mean deadlock (10)?");
        assertThatThrownBy(() -> LabCatalogue.select("16")).hasMessageNotContaining("did you mean");
    }

    @Test
    void everyLabIsDeclaredInTheTalksOrderWithItsClaimAndALadderOfHints() {
        List<Lab> labs = LabCatalogue.all();

        assertThat(labs).extracting(Lab::id).isSorted().doesNotHaveDuplicates();
        assertThat(labs).extracting(Lab::name).doesNotHaveDuplicates();
        assertThat(labs).extracting(Lab::mainClass).doesNotHaveDuplicates();
        assertThat(labs).allSatisfy(lab -> {
            assertThat(lab.claim()).as(lab + " claim").isNotBlank();
            assertThat(lab.title()).as(lab + " title, in the console's column").hasSizeLessThanOrEqualTo(
                    ConsoleReport.TITLE_WIDTH);
            assertThat(lab.hints()).as(lab + " hints, gentlest first").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(hint -> assertThat(hint).isNotBlank());
            assertThat(lab.expectations()).as(lab + " expectations").allSatisfy(e ->
                    assertThat(e.advice()).as(lab + " advice of '" + e.name() + "'").isNotBlank());
        });
    }
}
