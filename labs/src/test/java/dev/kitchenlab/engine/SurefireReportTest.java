package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab's verdict as a Surefire-format report, read back as a report tool reads it. */
class SurefireReportTest {
    private static final Lab COOKS = LabCatalogue.select("03").get(0);

    @TempDir
    Path dir;

    @Test
    void aPassIsOneTestCaseWithTheFiguresAsProperties() throws Exception {
        Element suite = written(outcome(Finding.pass("4 greetings from 4 cooks")), false);

        assertThat(suite.getAttribute("name")).isEqualTo("kitchen.lab03");
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("failures") + suite.getAttribute("errors") + suite.getAttribute("skipped"))
                .isEqualTo("000");
        assertThat(suite.getAttribute("time")).isEqualTo("2.500");
        Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("03 cooks · " + COOKS.title());
        assertThat(testcase.getAttribute("classname")).isEqualTo("org.example.kitchen.lab03.ManyCooks");
        assertThat(List.of("failure", "error", "skipped")).allSatisfy(tag ->
                assertThat(testcase.getElementsByTagName(tag).getLength()).as(tag).isZero());
        assertThat(property(suite, "kitchen.verdict")).isEqualTo("PASS");
        assertThat(property(suite, "kitchen.wallSeconds")).isEqualTo("1.050");
        assertThat(property(suite, "kitchen.cookThreads")).isEqualTo("4");
    }

    @Test
    void aFailureCarriesItsMessageTypeAdviceAndTheKitchensOutput() throws Exception {
        Path run = Files.createDirectories(dir.resolve("lab03/run-1"));
        Files.writeString(run.resolve(RunFolder.OUTPUT), "Hi Kai!\nbell \u0007 and escape \u001b[31m\n");
        LabOutcome outcome = new LabOutcome(COOKS, "org.example.kitchen.lab03.ManyCooks", null,
                new LabResult("03", "cooks", COOKS.title(), List.of(Finding.fail("your cooks took turns: 4.1 ticks",
                        "start all 4 cooks before waiting for any")), figures(), List.of(), run));
        Element suite = written(outcome, false);

        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("FAIL");
        assertThat(failure.getAttribute("message")).isEqualTo("FAIL: your cooks took turns: 4.1 ticks");
        assertThat(failure.getTextContent()).contains("next: start all 4 cooks before waiting for any");
        assertThat(suite.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("Hi Kai!\nbell \uFFFD and escape \uFFFD[31m");
    }

    @Test
    void anInconclusiveLabIsSkippedUnlessTheCheckIsStrict() throws Exception {
        LabOutcome outcome = outcome(Finding.inconclusive("the machine was too busy to judge the timing"));

        assertThat(written(outcome, false).getAttribute("skipped")).isEqualTo("1");
        Element strict = written(outcome, true);
        assertThat(strict.getAttribute("skipped")).isEqualTo("0");
        assertThat(strict.getAttribute("failures")).isEqualTo("1");
        assertThat(((Element) strict.getElementsByTagName("failure").item(0)).getAttribute("type"))
                .isEqualTo("INCONCLUSIVE");
        try (var files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).as("one file a lab, replaced")
                    .containsExactly("TEST-kitchen.lab03.xml");
        }
    }

    @Test
    void theKitsFaultIsAnErrorAndALabNotInTheProjectWritesNothing() throws Exception {
        Element suite = written(outcome(Finding.of(Verdict.ERROR, "the kit could not run the kitchen")), false);
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getElementsByTagName("error").getLength()).isEqualTo(1);

        Lab ps = LabCatalogue.select("01").get(0);
        SurefireReport.write(dir, new LabOutcome(ps, null, null, null), Duration.ZERO, false);
        assertThat(SurefireReport.fileOf(dir, ps)).doesNotExist();
    }

    private LabOutcome outcome(Finding finding) {
        return new LabOutcome(COOKS, "org.example.kitchen.lab03.ManyCooks", null,
                new LabResult("03", "cooks", COOKS.title(), List.of(finding), figures(), List.of()));
    }

    private static Figures figures() {
        return Figures.builder().wallTime(Duration.ofMillis(1050), 1.05).cookThreads(4).build();
    }

    private Element written(LabOutcome outcome, boolean strict) throws Exception {
        SurefireReport.write(dir, outcome, Duration.ofMillis(2500), strict);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(SurefireReport.fileOf(dir, COOKS).toFile());
        return document.getDocumentElement();
    }

    private static String property(Element suite, String name) {
        var properties = suite.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        return null;
    }
}
