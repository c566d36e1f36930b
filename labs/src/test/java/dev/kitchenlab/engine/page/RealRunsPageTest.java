package dev.kitchenlab.engine.page;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of real runs of lab 03: the reference solution (four cooks at once) and the sequential wrong one (one
 * cook, four dishes in turn), each run through the real engine into a folder of its own under {@code target/}, where
 * the browser test finds the pages too.
 */
class RealRunsPageTest {
    static final Path PAGES = Path.of("target", "page-runs");
    private static final Duration TICK = Duration.ofMillis(500);
    // Set once both solutions ran in this JVM: a page left in target/ by an earlier build is no evidence.
    private static boolean ran;

    /** Runs both solutions of lab 03 and writes their pages, once per test JVM (the browser test asks too). */
    @BeforeAll
    static synchronized void runBothSolutionsOfLab03() throws IOException {
        if (ran) {
            return;
        }
        Lab lab03 = LabCatalogue.select("03").get(0);
        runInto(PAGES.resolve("reference"), () -> KitchenRuns.runRight(lab03, "org.example.kitchen.lab03.ManyCooks",
                PAGES.resolve("reference"), TICK).verdict());
        runInto(PAGES.resolve("sequential"), () -> KitchenRuns.run(lab03, "students.sequential.lab03.ManyCooks",
                PAGES.resolve("sequential"), TICK, null).verdict());
        ran = true;
    }

    /** The page of this kind of solution ({@code reference} or {@code sequential}). */
    static Path page(String solution) {
        return PAGES.resolve(solution).resolve(ReportPage.NAME);
    }

    private static void runInto(Path workDir, Supplier<Verdict> run) throws IOException {
        deleteAll(workDir);
        Verdict verdict = run.get();
        assertThat(verdict).as("the run of " + workDir.getFileName()).isIn(Verdict.PASS, Verdict.INCONCLUSIVE,
                Verdict.FAIL);
        ReportPage.write(workDir);
    }

    @Test
    void theReferenceSolutionShowsFourCooksAtOnce() throws Exception {
        List<Bar> bars = ReportPageTest.bars(parse(page("reference")), "03");

        assertThat(bars).as("one bar per greeting's dish").hasSize(4);
        assertThat(bars.stream().map(Bar::cook).distinct()).as("four cooks").hasSize(4);
        assertThat(Bar.allOverlap(bars)).as("four cooks that slept one tick at once overlap: " + bars).isTrue();
    }

    @Test
    void theSequentialSolutionShowsFourDishesInTurn() throws Exception {
        List<Bar> bars = ReportPageTest.bars(parse(page("sequential")), "03");

        assertThat(bars).hasSize(4);
        assertThat(bars.stream().map(Bar::cook).distinct()).as("one cook did it all").hasSize(1);
        assertThat(Bar.noneOverlap(bars)).as("dishes cooked in turn stack: " + bars).isTrue();
        assertThat(Files.readString(page("sequential"))).contains("took turns");
    }

    private static org.w3c.dom.Document parse(Path page) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(page.toFile());
    }

    static void deleteAll(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
