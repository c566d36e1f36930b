package dev.kitchenlab.labs;

import org.junit.jupiter.api.Test;

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
}
