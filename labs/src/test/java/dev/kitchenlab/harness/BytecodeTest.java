package dev.kitchenlab.harness;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDK's javap, read for what makes a pantry's steps no one step, on lab 14's own fixtures. */
class BytecodeTest {
    private static Bytecode of(String student) throws ClassNotFoundException {
        return Bytecode.of(List.of(Class.forName("students." + student + ".lab14.LastPortion"))).orElseThrow();
    }

    @Test
    void aCountPlusPlusOnAFieldIsAReadAnAddAndAWrite() throws Exception {
        assertThat(of("racy").countUpdate()).isEqualTo("LastPortion.serveOne: getfield sold, iconst_1, iadd, "
                + "putfield sold");
        assertThat(of("casloop").countUpdate()).isEmpty();
    }

    @Test
    void aConcurrentHashMapIsSeenAndSoIsAnUpdateInOneCall() throws Exception {
        assertThat(of("getput").usesConcurrentMap()).isTrue();
        assertThat(of("getput").updatesAMapInOneStep()).isFalse();
        assertThat(of("compute").updatesAMapInOneStep()).isTrue();
        assertThat(of("racy").usesConcurrentMap()).isFalse();
    }
}
