package dev.kitchenlab.engine.page;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The pages of lab 03's two solutions as a real browser shows them: headless Chromium loads each page from disk,
 * gives back the document it built (the bars counted there, not in our own markup), reports no console error, and
 * takes a screenshot into {@code target/page-screenshots/} for a person to look at. Without a browser the test is
 * skipped and says so; under CI ({@code CI} set and not {@code false}) a missing browser is a failure.
 */
class BrowserPageTest {
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final Path SCREENSHOTS = Path.of("target", "page-screenshots");
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar\"[^>]*>");
    private static Path browser;

    @BeforeAll
    static void findABrowserAndThePages() throws IOException {
        Optional<Path> found = onPath();
        String ci = System.getenv("CI");
        if (found.isEmpty() && ci != null && !ci.equals("false")) {
            fail("no browser to test the page in: none of " + BROWSERS + " is on the PATH; CI must have one "
                    + "(apt-get install chromium, as .ci/run does)");
        }
        Assumptions.assumeTrue(found.isPresent(), "the page was NOT checked in a browser: none of " + BROWSERS
                + " is on the PATH (install Debian's chromium package to run this test)");
        browser = found.get();
        RealRunsPageTest.runBothSolutionsOfLab03();
    }

    @Test
    void theBrowserShowsFourCooksAtOnceForTheReference() throws Exception {
        Shown shown = open("reference");

        assertThat(shown.bars()).as("bars the browser drew").hasSize(4);
        assertThat(Bar.allOverlap(shown.bars())).as("overlapping: " + shown.bars()).isTrue();
        assertThat(shown.dom()).contains("4 greetings from 4 cooks").doesNotContain("<script");
    }

    @Test
    void theBrowserShowsFourDishesInTurnForTheSequentialSolution() throws Exception {
        Shown shown = open("sequential");

        assertThat(shown.bars()).as("bars the browser drew").hasSize(4);
        assertThat(Bar.noneOverlap(shown.bars())).as("stacked: " + shown.bars()).isTrue();
        assertThat(shown.dom()).contains("took turns");
    }

    @Test
    void theConsoleCheckWouldCatchAPageThatFailsInTheBrowser() throws Exception {
        // Without this, a browser that logs nothing would pass the console check of the real pages vacuously.
        Path broken = Files.createDirectories(SCREENSHOTS).resolve("broken.html").toAbsolutePath();
        Files.writeString(broken, "<!DOCTYPE html><html><body><script>missingFunction();</script></body></html>");

        Run dump = run("--dump-dom", broken.toUri().toString());

        assertThat(consoleLines(dump)).as("the browser reports the page's error").isNotEmpty();
    }

    /** What the browser made of a page, after it took its screenshot. */
    private record Shown(String dom, List<Bar> bars) {
    }

    private static Shown open(String solution) throws Exception {
        Path page = RealRunsPageTest.page(solution).toAbsolutePath();
        Files.createDirectories(SCREENSHOTS);
        Path screenshot = SCREENSHOTS.resolve("lab03-" + solution + ".png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        Run shot = run("--screenshot=" + screenshot, "--window-size=1200,1400", page.toUri().toString());
        assertThat(screenshot).as("the screenshot; the browser said:\n" + shot.err()).isRegularFile();
        assertThat(Files.size(screenshot)).as("a screenshot of something").isGreaterThan(10_000);

        Run dump = run("--dump-dom", page.toUri().toString());
        // Chromium logs what the page's console said (errors, failed loads) as CONSOLE lines: none may appear.
        assertThat(consoleLines(dump)).as("the page's console").isEmpty();
        List<Bar> bars = new ArrayList<>();
        Matcher bar = BAR.matcher(dump.out());
        while (bar.find()) {
            String tag = bar.group();
            bars.add(new Bar(attribute(tag, "data-cook"), Long.parseLong(attribute(tag, "data-start-ms")),
                    Long.parseLong(attribute(tag, "data-end-ms"))));
        }
        return new Shown(dump.out(), bars);
    }

    private record Run(String out, String err) {
    }

    private static List<String> consoleLines(Run run) {
        return run.err().lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList();
    }

    private static Run run(String... arguments) throws Exception {
        Path profile = Files.createTempDirectory("kitchen-browser");
        Path out = profile.resolve("out.txt");
        Path err = profile.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                // A profile of its own: another build may run a browser at the same time.
                "--user-data-dir=" + profile.resolve("profile")));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        try {
            // A cold start on a busy two-core machine takes seconds; a minute means it hangs.
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the browser finished").isTrue();
            return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err,
                    StandardCharsets.UTF_8));
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            RealRunsPageTest.deleteAll(profile);
        }
    }

    private static String attribute(String tag, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        return value.find() ? value.group(1) : "";
    }

    private static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : BROWSERS) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
