package dev.kitchenlab.engine.page;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.engine.files.WholeFiles;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the check's one page, {@value #NAME} in the kit's working folder: for each lab with a finished run, its
 * newest run's verdict with its figures and next step, the timeline of its cooks, what the lab measures beside
 * (memory per mode, the time to start a cook) and the {@code ps} table the observer saw. Every lab is read back from
 * its folder, so a check of one lab redraws that lab and keeps the others as their last runs left them.
 */
public final class ReportPage {
    /** The page's file name. */
    public static final String NAME = "index.html";
    // The last lines of the kitchen shown under a lab: the page is a picture of the run, not its log.
    private static final int OUTPUT_LINES = 12;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportPage() {
    }

    /**
     * Writes the page into {@code workDir} from the newest finished run of every lab there, under a temporary name
     * first so that a browser (or a check beside this one) never reads half a page.
     *
     * @return the page
     */
    public static Path write(Path workDir) throws IOException {
        Map<Lab, SavedRun> runs = new LinkedHashMap<>();
        for (Lab lab : LabCatalogue.all()) {
            try {
                SavedRun.newest(workDir.resolve(lab.packageSegment())).ifPresent(r -> runs.put(lab, r));
            } catch (IOException | UncheckedIOException prunedWhileRead) {
                // A check beside this one pruned the run as it was read: the page names the lab as one without a run.
            }
        }
        Files.createDirectories(workDir);
        Path page = workDir.resolve(NAME);
        WholeFiles.replace(page, file -> Files.writeString(file, html(runs), StandardCharsets.UTF_8));
        return page;
    }

    /** The page for these runs, one section per lab. */
    static String html(Map<Lab, SavedRun> runs) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>Kitchen Lab · report</title>\n<style>\n")
                .append(PageStyle.CSS).append("</style>\n</head>\n<body>\n<h1>Kitchen Lab</h1>\n");
        if (runs.isEmpty()) {
            html.append("<p class=\"none\">No lab has a finished run yet: run mvn kitchen:check.</p>\n");
        }
        html.append("<ul class=\"index\">\n");
        runs.forEach((lab, run) -> html.append("<li><a href=\"#lab").append(lab.id()).append("\">")
                .append(Html.escape(lab.label())).append("</a> <span class=\"verdict ")
                .append(run.verdict().name().toLowerCase(Locale.ROOT)).append("\">")
                .append(run.verdict()).append("</span></li>\n"));
        html.append("</ul>\n");
        List<String> missing = LabCatalogue.all().stream().filter(lab -> !runs.containsKey(lab)).map(Lab::label)
                .toList();
        if (!runs.isEmpty() && !missing.isEmpty()) {
            html.append("<p class=\"none missing\">No finished run here yet (not checked, or it cannot run on this ")
                    .append("JDK): ").append(Html.escape(String.join(", ", missing))).append(".</p>\n");
        }
        runs.forEach((lab, run) -> section(html, lab, run));
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void section(StringBuilder html, Lab lab, SavedRun run) {
        String verdict = run.verdict().name().toLowerCase(Locale.ROOT);
        html.append("<section class=\"lab\" id=\"lab").append(lab.id()).append("\" data-lab=\"").append(lab.id())
                .append("\" data-verdict=\"").append(run.verdict()).append("\">\n<h2>")
                .append(Html.escape(lab.label() + " · " + lab.title())).append(" <span class=\"verdict ")
                .append(verdict).append("\">").append(run.verdict()).append("</span></h2>\n")
                .append("<p class=\"when\">run of ").append(WHEN.format(run.finished())).append(" · ")
                .append(Html.escape(run.dir().getFileName().toString())).append("</p>\n");
        if (!run.figures().isBlank()) {
            html.append("<p class=\"figures\">").append(Html.escape(run.figures())).append("</p>\n");
        }
        findings(html, run.findings());
        html.append("<h3>Cooks</h3>\n").append(TimelineSvg.of(Cooks.of(run.events())));
        html.append(MemoryBars.of(run.events(), run.samples()));
        html.append(SpawnTimes.of(run.events()));
        html.append("<h3>ps</h3>\n").append(PsTable.of(run.samples()));
        if (!run.output().isEmpty()) {
            List<String> tail = run.output().subList(Math.max(0, run.output().size() - OUTPUT_LINES),
                    run.output().size());
            html.append("<h3>What the kitchen printed last</h3>\n<pre class=\"output\">")
                    .append(Html.escape(String.join("\n", tail))).append("</pre>\n");
        }
        html.append("</section>\n");
    }

    /** Each finding, problems first as the console shows them, each with what to do next. */
    private static void findings(StringBuilder html, List<Finding> findings) {
        List<Finding> ordered = new ArrayList<>(findings.stream().filter(f -> f.verdict() != Verdict.PASS).toList());
        ordered.addAll(findings.stream().filter(f -> f.verdict() == Verdict.PASS).toList());
        html.append("<ul class=\"findings\">\n");
        for (Finding finding : ordered) {
            html.append("<li class=\"").append(finding.verdict().name().toLowerCase(Locale.ROOT))
                    .append("\"><b>").append(finding.verdict()).append("</b> ");
            if (!finding.expectation().isBlank()) {
                html.append("<i>").append(Html.escape(finding.expectation())).append("</i>: ");
            }
            html.append(Html.escape(finding.message()));
            if (!finding.advice().isBlank()) {
                html.append("<br/><span class=\"next\">next: ").append(Html.escape(finding.advice()))
                        .append("</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");
    }
}
