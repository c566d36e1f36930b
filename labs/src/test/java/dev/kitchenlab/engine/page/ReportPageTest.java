package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The page drawn from run folders written by hand, read back as XML the way a tool (or a test) reads it. */
class ReportPageTest {
    @TempDir
    Path work;

    @Test
    void fourCooksOfAPoolOfFourShowFourBarsThatOverlap() throws Exception {
        MadeUpRun.in(work, "lab03", "run-1").dish(21, "cook-1", 10, 1010, "Hi Kai!")
                .dish(22, "cook-2", 12, 1012, "Hi Tessa!").dish(23, "cook-3", 15, 1020, "Hi Jess!")
                .dish(24, "cook-4", 16, 1030, "Hi Lucy!").result("PASS [about one tick] 4 greetings in 1.03 s")
                .write(List.of("Hi Kai!"), List.of());

        List<Bar> bars = bars(page(), "03");

        assertThat(bars).as("one bar per dish").hasSize(4);
        assertThat(bars.stream().map(Bar::cook).distinct()).as("each on its own cook").hasSize(4);
        assertThat(Bar.allOverlap(bars)).as("bars of cooks that worked at once overlap: " + bars).isTrue();
    }

    @Test
    void oneCookGivenFourDishesShowsFourBarsOneAfterTheOther() throws Exception {
        MadeUpRun run = MadeUpRun.in(work, "lab03", "run-1");
        for (int i = 0; i < 4; i++) {
            run.dish(21, "cook-1", 10 + i * 1000, 1005 + i * 1000, "Hi " + i);
        }
        run.result("FAIL [about one tick] your cooks took turns").write(List.of(), List.of());

        List<Bar> bars = bars(page(), "03");

        assertThat(bars).hasSize(4);
        assertThat(bars.stream().map(Bar::cook).distinct()).containsExactly("cook-1");
        assertThat(Bar.noneOverlap(bars)).as("bars of work done in turn stack: " + bars).isTrue();
    }

    @Test
    void plainThreadsWithoutDishesShowTheirLivesAndCookProcessesTheirDishes() throws Exception {
        MadeUpRun.in(work, "lab02", "run-1").thread(31, "Thread-0", 5, 500).thread(32, "Thread-1", 600, 1100)
                .process(5001, 20, 900).process(5002, 30, 950).result("PASS [x] fine")
                .write(List.of(), List.of());

        Document page = page();
        List<Bar> bars = bars(page, "02");

        assertThat(bars.stream().map(Bar::cook)).containsExactlyInAnyOrder("Thread-0", "Thread-1",
                "cook process 5001", "cook process 5002");
        assertThat(text(page, "//section[@data-lab='02']")).contains("main (kitchen)");
    }

    @Test
    void cooksOfOneNameStartedAfreshEachRoundShareARow() throws Exception {
        MadeUpRun run = MadeUpRun.in(work, "lab10", "run-1");
        for (int round = 0; round < 30; round++) {
            run.thread(100 + 2 * round, "Cook A", round * 100, round * 100 + 50)
                    .thread(101 + 2 * round, "Cook B", round * 100 + 1, round * 100 + 60);
        }
        run.result("PASS [x] fine").write(List.of(), List.of());

        Document page = page();

        assertThat(bars(page, "10")).as("every cook's life drawn").hasSize(60);
        assertThat(text(page, "//section[@data-lab='10']")).contains("Cook A (thread) ×30")
                .contains("Cook B (thread) ×30").doesNotContain("not drawn");
    }

    @Test
    void thePageFetchesNothingAndRunsNoScript() throws Exception {
        MadeUpRun.in(work, "lab03", "run-1").dish(21, "cook-1", 0, 100, "Hi Kai!").result("PASS [x] fine")
                .write(List.of(), List.of());

        String html = Files.readString(ReportPage.write(work));

        assertThat(html).as("no script, no file or address to fetch").doesNotContain("<script").doesNotContain("src=")
                .doesNotContain("<link").doesNotContain("url(").doesNotContain("@import")
                .doesNotContainPattern("href=\"(?!#)");
    }

    @Test
    void whatAStudentsProgramPrintedIsEscapedAndThePageStaysWellFormed() throws Exception {
        String nasty = "<script>alert('x')</script> & \u0007 \"quoted\"";
        MadeUpRun.in(work, "lab03", "run-1").dish(21, "<b>cook</b>", 0, 100, nasty)
                .result("FAIL [greetings] the kitchen printed " + nasty).result("  next: fix <this> & that")
                .write(List.of(nasty, "Hi Kai!"), List.of());

        String html = Files.readString(ReportPage.write(work));
        Document page = parse(html);

        assertThat(html).doesNotContain("<script").doesNotContain("\u0007").contains("&lt;script&gt;");
        assertThat(text(page, "//pre[@class='output']")).contains("<script>alert('x')</script> & ");
        assertThat(text(page, "//ul[@class='findings']")).contains("the kitchen printed <script>")
                .contains("next: fix <this> & that");
        assertThat(bars(page, "03")).extracting(Bar::cook).containsExactly("<b>cook</b>");
    }

    @Test
    void eachLabShowsItsNewestRunAndACheckOfOneLabKeepsTheOthers() throws Exception {
        Path old = MadeUpRun.in(work, "lab03", "run-old").dish(21, "cook-1", 0, 100, "old")
                .result("FAIL [x] old run").write(List.of(), List.of());
        Files.setLastModifiedTime(old.resolve("result.txt"), FileTime.from(Instant.now().minusSeconds(60)));
        MadeUpRun.in(work, "lab03", "run-new").dish(21, "cook-1", 0, 100, "new").result("PASS [x] new run")
                .write(List.of(), List.of());
        MadeUpRun.in(work, "lab05", "run-1").result("FAIL [timed] slow").write(List.of(), List.of());
        Files.createDirectories(work.resolve("lab04/run-unfinished/events"));

        Document page = page();

        assertThat(attributes(page, "//section/@data-lab")).containsExactly("03", "05");
        assertThat(text(page, "//section[@data-lab='03']")).contains("new run").doesNotContain("old run");
        assertThat(attributes(page, "//section/@data-verdict")).containsExactly("PASS", "FAIL");
        assertThat(text(page, "//p[@class='none missing']")).as("labs without a finished run are named")
                .contains("04 ").contains("07 ").doesNotContain("03 ");
    }

    @Test
    void theMemoryLabShowsOneBarPerModeSplitIntoItsProcesses() throws Exception {
        long mb = 1_000_000;
        MadeUpRun.in(work, "lab07", "run-1")
                .kitchenFact(400, new Fact.ModeRan(Fact.CookKind.THREAD, MadeUpRun.T0 + 100 * mb,
                        MadeUpRun.T0 + 400 * mb))
                .kitchenFact(900, new Fact.ModeRan(Fact.CookKind.PROCESS, MadeUpRun.T0 + 500 * mb,
                        MadeUpRun.T0 + 900 * mb))
                .result("PASS [x] fine")
                .write(List.of(), List.of(MadeUpRun.seen(MadeUpRun.KITCHEN, 1, 80 * mb, 200, 600),
                        MadeUpRun.seen(6001, MadeUpRun.KITCHEN, 110 * mb, 600),
                        MadeUpRun.seen(6002, MadeUpRun.KITCHEN, 110 * mb, 600),
                        MadeUpRun.seen(6003, MadeUpRun.KITCHEN, 110 * mb, 600)));

        Document page = page();

        assertThat(attributes(page, "//div[@class='mem']/@data-mode")).containsExactly("THREAD", "PROCESS");
        assertThat(attributes(page, "//div[@data-mode='THREAD']/div/@data-pid")).containsExactly("4100");
        assertThat(attributes(page, "//div[@data-mode='PROCESS']/div/@data-pid"))
                .containsExactly("4100", "6001", "6002", "6003");
        assertThat(attributes(page, "//table[@class='ps']/tr[@class='proc']/@data-pid"))
                .as("ps u of the busiest round").containsExactly("4100", "6001", "6002", "6003");
    }

    @Test
    void theSpawnLabShowsEveryMeasuredCallOfEachKind() throws Exception {
        MadeUpRun run = MadeUpRun.in(work, "lab06", "run-1");
        for (int call = 1; call <= 6; call++) {
            boolean warmUp = call == 1;
            run.kitchenFact(call, new Fact.SpawnCall(Fact.CookKind.THREAD, call, warmUp, 0, 0, 150_000L * call,
                    1, 0, false));
            run.kitchenFact(call, new Fact.SpawnCall(Fact.CookKind.PROCESS, call, warmUp, 0, 0, 40_000_000L * call,
                    0, 0, false));
        }
        run.result("PASS [x] fine").write(List.of(), List.of());

        Document page = page();

        assertThat(attributes(page, "//*[@class='call thread']/@cx")).as("warm-up left out").hasSize(5);
        assertThat(attributes(page, "//*[@class='call process']/@cx")).hasSize(5);
    }

    private Document page() throws Exception {
        return parse(Files.readString(ReportPage.write(work)));
    }

    private static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
    }

    private static String text(Document page, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(path, page);
    }

    private static List<String> attributes(Document page, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, page, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getNodeValue());
        }
        return values;
    }

    /** The timeline's bars of one lab, as the page carries them. */
    static List<Bar> bars(Document page, String lab) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//section[@data-lab='" + lab + "']//*[@class='bar']", page, XPathConstants.NODESET);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element bar = (Element) nodes.item(i);
            bars.add(new Bar(bar.getAttribute("data-cook"), Long.parseLong(bar.getAttribute("data-start-ms")),
                    Long.parseLong(bar.getAttribute("data-end-ms"))));
        }
        return bars;
    }
}
