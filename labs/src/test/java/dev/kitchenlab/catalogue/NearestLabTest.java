package dev.kitchenlab.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How near a mistyped lab name must be to a lab's name for the kit to suggest it. */
class NearestLabTest {

    @Test
    void editDistanceCountsLettersInsertedDeletedOrReplaced() {
        assertThat(NearestLab.editDistance("cooks", "cooks")).isZero();
        assertThat(NearestLab.editDistance("cook", "cooks")).isEqualTo(1);
        assertThat(NearestLab.editDistance("kitchnes", "kitchens")).isEqualTo(2);
        assertThat(NearestLab.editDistance("", "race")).isEqualTo(4);
    }

    @Test
    void aWordFarFromEveryLabSuggestsNothing() {
        assertThat(NearestLab.to("soup", LabCatalogue.all())).isEmpty();
        assertThat(NearestLab.to("xyz", LabCatalogue.all())).isEmpty();
    }

    @Test
    void aSwappedPairOfLettersInALongNameIsStillMeantAsThatLab() {
        assertThat(NearestLab.to("kitchnes", LabCatalogue.all())).get().extracting(l -> l.id()).isEqualTo("02");
        assertThat(NearestLab.to("VISIBILTY", LabCatalogue.all())).get().extracting(l -> l.id()).isEqualTo("13");
    }
}
