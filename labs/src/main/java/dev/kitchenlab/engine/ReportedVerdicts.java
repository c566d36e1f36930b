package dev.kitchenlab.engine;

import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The verdicts the labs' own JUnit tests wrote as test reports ({@link SurefireReport}) since a moment, the start of
 * a build: what a grading goal bound after the tests takes instead of running each lab a second time. A report older
 * than that moment, unreadable or not the kit's own is not taken, and the lab runs.
 */
public final class ReportedVerdicts implements EarlierVerdicts {
    /** What a taken verdict says it came from, on the console and in its finding. */
    static final String SOURCE = "judged by its JUnit test earlier in this build";

    /**
     * Stops at a report's first error, as the JDK's own handler does, without its "[Fatal Error]" line on the student's
     * console: a report that cannot be read only means that the lab runs again.
     */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException ignored) {
            // Nothing a reader of the verdict needs.
        }

        @Override
        public void error(SAXParseException problem) throws SAXException {
            throw problem;
        }

        @Override
        public void fatalError(SAXParseException problem) throws SAXException {
            throw problem;
        }
    };

    private final Path dir;
    private final Instant since;

    /** The reports in {@code dir} written at or after {@code since}. */
    public ReportedVerdicts(Path dir, Instant since) {
        this.dir = dir;
        this.since = since;
    }

    @Override
    public Optional<LabResult> of(Lab lab) {
        Path file = SurefireReport.fileOf(dir, lab);
        try {
            if (!Files.isRegularFile(file) || Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
                return Optional.empty();
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            Element suite = builder.parse(file.toFile()).getDocumentElement();
            Optional<String> verdict = property(suite, "kitchen.verdict");
            if (verdict.isEmpty() || !property(suite, "kitchen.lab").equals(Optional.of(lab.id()))) {
                return Optional.empty();
            }
            Verdict judged = Verdict.valueOf(verdict.get());
            Finding finding = new Finding(SOURCE, judged, message(suite, judged), advice(suite));
            Figures figures = Figures.builder().note(property(suite, "kitchen.figures").orElse("") + " (" + SOURCE
                    + ")").build();
            return Optional.of(new LabResult(lab.id(), lab.name(), lab.title(), List.of(finding), figures, List.of()));
        } catch (Exception unreadable) {
            // Half a file from a test that was killed, or another tool's: the lab runs again, as if none were there.
            return Optional.empty();
        }
    }

    private static String message(Element suite, Verdict verdict) {
        for (String tag : List.of("failure", "error", "skipped")) {
            NodeList found = suite.getElementsByTagName(tag);
            if (found.getLength() > 0) {
                String message = ((Element) found.item(0)).getAttribute("message");
                String prefix = verdict.name() + ": ";
                return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            }
        }
        return "passed";
    }

    private static String advice(Element suite) {
        for (String tag : List.of("failure", "error")) {
            NodeList found = suite.getElementsByTagName(tag);
            if (found.getLength() > 0) {
                return found.item(0).getTextContent().lines().map(String::strip)
                        .filter(line -> line.startsWith("next: ")).map(line -> line.substring("next: ".length()))
                        .findFirst().orElse("");
            }
        }
        return "";
    }

    private static Optional<String> property(Element suite, String name) {
        NodeList properties = suite.getElementsByTagName("property");
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return Optional.of(property.getAttribute("value"));
            }
        }
        return Optional.empty();
    }
}
