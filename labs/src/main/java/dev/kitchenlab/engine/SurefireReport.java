package dev.kitchenlab.engine;

import dev.kitchenlab.engine.files.WholeFiles;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a lab's verdict as a test report in the format Surefire writes ({@code TEST-kitchen.lab03.xml}), the one
 * CI servers, classroom graders and report tools read: one file and one test case per lab, so a check of one lab
 * (a lab's JUnit test in the IDE) replaces that lab's report and leaves the others'. FAIL, TIMEOUT and CRASH are
 * failures, ERROR (the kit's or the machine's fault) an error, SKIPPED skipped, and INCONCLUSIVE skipped too unless
 * the check is strict, when it is a failure: a grade must not rest on a timing the machine was too busy to judge.
 */
public final class SurefireReport {
    /** The file name of a lab's report starts with this, as Surefire's do, for the tools that look for them. */
    public static final String PREFIX = "TEST-";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private SurefireReport() {
    }

    /** The report file of a lab in {@code dir}. */
    public static Path fileOf(Path dir, Lab lab) {
        return dir.resolve(PREFIX + suiteName(lab) + ".xml");
    }

    /**
     * Writes the report of one lab's outcome into {@code dir}, replacing the lab's last one: under a temporary name
     * first, so that a reader (or a check running beside this one) never sees half a file.
     *
     * @param took how long the lab's check took, reruns included
     * @param strict whether an INCONCLUSIVE lab counts as failed
     */
    public static void write(Path dir, LabOutcome outcome, Duration took, boolean strict) throws IOException {
        if (outcome.absent()) {
            return;
        }
        Files.createDirectories(dir);
        Path file = fileOf(dir, outcome.lab());
        WholeFiles.replace(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                suite(xml, outcome, took, strict);
                xml.close();
            } catch (XMLStreamException cannotWrite) {
                throw new IOException("cannot write " + file + ": " + cannotWrite.getMessage(), cannotWrite);
            }
        });
    }

    private static void suite(XMLStreamWriter xml, LabOutcome outcome, Duration took, boolean strict)
            throws XMLStreamException {
        LabResult result = outcome.result();
        Kind kind = Kind.of(result.verdict(), strict);
        String seconds = String.format(Locale.ROOT, "%.3f", took.toNanos() / 1e9);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suiteName(outcome.lab()));
        xml.writeAttribute("time", seconds);
        xml.writeAttribute("tests", "1");
        xml.writeAttribute("errors", kind == Kind.ERROR ? "1" : "0");
        xml.writeAttribute("skipped", kind == Kind.SKIPPED ? "1" : "0");
        xml.writeAttribute("failures", kind == Kind.FAILURE ? "1" : "0");
        xml.writeAttribute("timestamp", TIMESTAMP.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        for (Map.Entry<String, String> property : properties(outcome).entrySet()) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", property.getKey());
            xml.writeAttribute("value", clean(property.getValue()));
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", outcome.lab().label() + " · " + outcome.lab().title());
        xml.writeAttribute("classname", outcome.className() != null ? outcome.className() : suiteName(outcome.lab()));
        xml.writeAttribute("time", seconds);
        if (kind != Kind.PASSED) {
            Finding decisive = result.decisive();
            xml.writeCharacters("\n    ");
            xml.writeStartElement(kind.element);
            xml.writeAttribute("message", clean(result.verdict() + ": " + decisive.message()));
            if (kind != Kind.SKIPPED) {
                xml.writeAttribute("type", result.verdict().name());
                xml.writeCharacters(clean(details(outcome)));
            }
            xml.writeEndElement();
        }
        Optional<String> output = output(result);
        if (output.isPresent()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(output.get()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    /** How a verdict shows in the report. */
    private enum Kind {
        PASSED(null), FAILURE("failure"), ERROR("error"), SKIPPED("skipped");

        private final String element;

        Kind(String element) {
            this.element = element;
        }

        static Kind of(Verdict verdict, boolean strict) {
            return switch (verdict) {
                case PASS -> PASSED;
                case SKIPPED -> SKIPPED;
                case INCONCLUSIVE -> strict ? FAILURE : SKIPPED;
                case ERROR -> ERROR;
                default -> FAILURE;
            };
        }
    }

    /** The lab's package in the kit's words, {@code kitchen.lab03}: how report tools group and name it. */
    private static String suiteName(Lab lab) {
        return "kitchen." + lab.packageSegment();
    }

    /** The verdict and the figures it was judged on, as properties a grader can read one by one. */
    private static Map<String, String> properties(LabOutcome outcome) {
        LabResult result = outcome.result();
        Figures figures = result.figures();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kitchen.lab", outcome.lab().id());
        properties.put("kitchen.verdict", result.verdict().name());
        properties.put("kitchen.figures", figures.summary());
        figures.wallTime().ifPresent(wall -> properties.put("kitchen.wallSeconds", seconds(wall)));
        figures.ticks().ifPresent(ticks -> properties.put("kitchen.ticks", String.format(Locale.ROOT, "%.2f", ticks)));
        figures.cpuTime().ifPresent(cpu -> properties.put("kitchen.cpuSeconds", seconds(cpu)));
        figures.peakKitchenRss().ifPresent(rss -> properties.put("kitchen.rssBytes", Long.toString(rss)));
        figures.peakCooksRss().ifPresent(rss -> properties.put("kitchen.cooksRssBytes", Long.toString(rss)));
        figures.peakThreads().ifPresent(threads -> properties.put("kitchen.threads", Integer.toString(threads)));
        figures.cookThreads().ifPresent(threads -> properties.put("kitchen.cookThreads", Integer.toString(threads)));
        figures.cookProcesses().ifPresent(count -> properties.put("kitchen.cookProcesses", Integer.toString(count)));
        outcome.source().ifPresent(source -> properties.put("kitchen.source", source.toString()));
        return properties;
    }

    /** Every finding that was not a pass, with what to do next: the failure's body. */
    private static String details(LabOutcome outcome) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : outcome.result().problems()) {
            lines.add(finding.verdict() + " [" + finding.expectation() + "] " + finding.message()
                    + (finding.advice() == null || finding.advice().isBlank() ? "" : "\n  next: " + finding.advice()));
        }
        lines.add("figures: " + outcome.result().figures().summary());
        return lines.stream().collect(Collectors.joining("\n"));
    }

    /** What the kitchen printed last, as the run kept it; empty when it did not run. */
    private static Optional<String> output(LabResult result) {
        Optional<Path> kept = result.run().map(run -> run.resolve(RunFolder.OUTPUT)).filter(Files::isRegularFile);
        if (kept.isEmpty()) {
            return result.outputTail().isEmpty() ? Optional.empty()
                    : Optional.of(String.join("\n", result.outputTail()));
        }
        try {
            return Optional.of(Files.readString(kept.get(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }

    /** The text without the characters XML 1.0 cannot hold (a student's program may print any). */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            kept.appendCodePoint(allowed ? c : '\uFFFD');
        });
        return kept.toString();
    }
}
