package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A lab test's report read back as the verdict it gave, or not at all when it cannot stand. */
class ReportedVerdictsTest {
    private static final Lab COOKS = LabCatalogue.select("03").get(0);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aFailureComesBackWithItsMessageAdviceAndFigures() throws Exception {
        SurefireReport.write(dir, new LabOutcome(COOKS, "a.lab03.ManyCooks", null, new LabResult("03", "cooks",
                COOKS.title(), List.of(Finding.fail("your cooks took turns: 4.1 ticks", "start every cook first")),
                Figures.builder().cookThreads(1).build(), List.of())), Duration.ofSeconds(3), false);

        LabResult read = new ReportedVerdicts(dir, LONG_AGO).of(COOKS).orElseThrow();
        assertThat(read.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(read.decisive().message()).isEqualTo("your cooks took turns: 4.1 ticks");
        assertThat(read.decisive().advice()).isEqualTo("start every cook first");
        assertThat(read.figures().summary()).startsWith("1 cook thread (" + ReportedVerdicts.SOURCE);
    }

    @Test
    // It reads System.err while other test classes run beside it: no test that declares the same resource may print.
    @ResourceLock(Resources.SYSTEM_ERR)
    void anOldReportAnotherLabsOrABrokenOneIsNotTaken() throws Exception {
        SurefireReport.write(dir, new LabOutcome(COOKS, "a.lab03.ManyCooks", null, new LabResult("03", "cooks",
                COOKS.title(), List.of(Finding.pass("4 greetings")), Figures.NONE, List.of())), Duration.ZERO, false);
        assertThat(new ReportedVerdicts(dir, Instant.now().plusSeconds(60)).of(COOKS)).as("older than the build")
                .isEmpty();

        Lab kitchens = LabCatalogue.select("02").get(0);
        Files.copy(SurefireReport.fileOf(dir, COOKS), SurefireReport.fileOf(dir, kitchens));
        assertThat(new ReportedVerdicts(dir, LONG_AGO).of(kitchens)).as("lab 03's report under lab 02's name")
                .isEmpty();

        Files.writeString(SurefireReport.fileOf(dir, COOKS), "<testsuite name=\"kitchen.lab03\"><prop");
        PrintStream console = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertThat(new ReportedVerdicts(dir, LONG_AGO).of(COOKS)).as("half a file").isEmpty();
        } finally {
            System.setErr(console);
        }
        assertThat(said.toString(StandardCharsets.UTF_8)).as("what the XML parser says of half a file, on the console")
                .isEmpty();
        assertThat(new ReportedVerdicts(dir.resolve("nowhere"), LONG_AGO).of(COOKS)).isEmpty();
    }
}
