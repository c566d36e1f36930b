package dev.kitchenlab.lab;

import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A lab's declaration: what it refuses to be, and the order in which its expectations are judged. */
class LabTest {
    private static final Observation NOTHING_HAPPENED = new Observation(Duration.ofSeconds(1), 1, List.of(), List.of(),
            new ProcessTree(1, List.of(), List.of(), 1), 0, null, Duration.ofSeconds(10), List.of(), List.of(),
            new Calibration(Duration.ZERO, Duration.ZERO, 2));

    private static Lab.Builder lab() {
        return Lab.builder("42", "soup").title("a soup").claim("soup is hot").mainClass("Soup");
    }

    private static Function<Observation, Finding> says(Verdict verdict, List<String> asked, String name) {
        return run -> {
            asked.add(name);
            return Finding.of(verdict, name + " was " + verdict);
        };
    }

    @Test
    void anExpectationAfterOneThatFailedIsNotJudgedAndOneAfterAnInconclusiveOneIs() {
        List<String> asked = new ArrayList<>();
        Lab soup = lab()
                .expect(Expectation.of("hot", says(Verdict.FAIL, asked, "hot"), "heat it"))
                .expect(Expectation.of("salted", says(Verdict.INCONCLUSIVE, asked, "salted"), "salt it"))
                .expect(Expectation.of("served hot", says(Verdict.PASS, asked, "served hot"), "serve it").after("hot"))
                .expect(Expectation.of("tasted", says(Verdict.PASS, asked, "tasted"), "taste it").after("salted"))
                .build();

        List<Finding> findings = soup.judge(NOTHING_HAPPENED);

        assertThat(asked).containsExactly("hot", "salted", "tasted");
        assertThat(findings).extracting(Finding::expectation).containsExactly("hot", "salted", "tasted");
    }

    @Test
    void aFindingCarriesItsExpectationsNameAndAdviceUnlessItBringsItsOwn() {
        Lab soup = lab()
                .expect(Expectation.of("hot", run -> Finding.fail("cold"), "heat it"))
                .expect(Expectation.of("salted", run -> Finding.fail("bland", "add a pinch"), "salt it"))
                .expect(Expectation.of("served", run -> Finding.pass("served"), "serve it"))
                .build();

        List<Finding> findings = soup.judge(NOTHING_HAPPENED);

        assertThat(findings).containsExactly(new Finding("hot", Verdict.FAIL, "cold", "heat it"),
                new Finding("salted", Verdict.FAIL, "bland", "add a pinch"),
                new Finding("served", Verdict.PASS, "served", ""));
    }

    @Test
    void aDeclarationTheKitCouldNotJudgeIsRefused() {
        Expectation hot = Expectation.of("hot", run -> Finding.pass("hot"), "heat it");

        assertThatThrownBy(() -> lab().build()).hasMessageContaining("expects nothing");
        assertThatThrownBy(() -> lab().expect(hot).expect(hot).build()).hasMessageContaining("declares 'hot' twice");
        assertThatThrownBy(() -> lab().expect(Expectation.of("tasted", run -> Finding.pass("t"), "taste")
                .after("hot")).expect(hot).build()).hasMessageContaining("'tasted' is judged after 'hot'");
        assertThatThrownBy(() -> Lab.builder("4", "soup").title("t").claim("c").mainClass("S").expect(hot).build())
                .hasMessageContaining("two digits");
        assertThatThrownBy(() -> Lab.builder("42", "soup").claim("c").mainClass("S").expect(hot).build())
                .hasMessageContaining("title of lab 42");
    }
}
