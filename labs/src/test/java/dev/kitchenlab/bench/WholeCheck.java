package dev.kitchenlab.bench;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Target 1: {@code mvn -o kitchen:check} of a project with every lab solved, against the up-to-date
 * {@code mvn -o compile} it begins with plus what the labs themselves need (each lab's {@code main} from start to
 * exit: the ticks the talk's demos sleep and the cooks they start). What is left is the kit's own time: the kitchen
 * JVM's start, the calibration, the judging. Per lab, from the check's own Surefire reports.
 */
public final class WholeCheck {
    /** The most the whole check may take, over the compile and the labs' own time. */
    public static final double TARGET = 1.2;

    private WholeCheck() {
    }

    /** One lab of the last check: its whole time in the check, and its {@code main}'s own. */
    record LabTime(String lab, double seconds, double mainSeconds) {
    }

    /** Measures {@code runs} checks and compiles of {@code project}, one after the other. */
    public static List<Figure> measure(Path project, int runs) throws IOException, InterruptedException {
        Maven.run(project, "compile");
        double[] compile = new double[runs];
        double[] check = new double[runs];
        double[] inherent = new double[runs];
        Map<String, List<LabTime>> perLab = new TreeMap<>();
        for (int i = 0; i < runs; i++) {
            compile[i] = Maven.run(project, "compile");
            check[i] = Maven.run(project, "kitchen:check", "-Dkitchen.tick=1s");
            List<LabTime> labs = labTimes(project.resolve("target/kitchen"));
            inherent[i] = labs.stream().mapToDouble(LabTime::mainSeconds).sum();
            labs.forEach(lab -> perLab.computeIfAbsent(lab.lab(), key -> new ArrayList<>()).add(lab));
        }
        Samples checks = Samples.of(check);
        Samples compiles = Samples.of(compile);
        Samples labsOwn = Samples.of(inherent);
        double floor = compiles.median() + labsOwn.median();
        double ratio = checks.median() / floor;
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(1, "`kitchen:check`, every lab solved, tick 1 s", checks.describe("%.1f", "s"),
                String.format(Locale.ROOT, "compile %s + each lab's `main` %s", compiles.describe("%.1f", "s"),
                        labsOwn.describe("%.1f", "s")), ratio, "≤ " + TARGET + "×", ratio <= TARGET));
        perLab.forEach((lab, times) -> {
            Samples total = Samples.of(times.stream().mapToDouble(LabTime::seconds).toArray());
            Samples own = Samples.of(times.stream().mapToDouble(LabTime::mainSeconds).toArray());
            double overhead = total.median() - own.median();
            figures.add(Figure.info(1, "lab " + lab + ": in the check, its `main`'s own, the kit's (kitchen start, "
                    + "calibration, judging, reruns)", total.describe("%.2f", "s"), String.format(Locale.ROOT,
                    "%s · kit %.2f s", own.describe("%.2f", "s"), overhead)));
        });
        return figures;
    }

    /**
     * Each lab's time in the last check and its {@code main}'s, read from {@code TEST-kitchen.labNN.xml}; a lab this
     * JDK cannot run (SKIPPED) is left out.
     */
    static List<LabTime> labTimes(Path reports) throws IOException {
        List<LabTime> labs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(reports, "TEST-kitchen.lab*.xml")) {
            for (Path file : files) {
                Element suite = parse(file).getDocumentElement();
                double seconds = Double.parseDouble(suite.getAttribute("time"));
                String lab = "";
                double main = 0;
                boolean skipped = false;
                NodeList properties = suite.getElementsByTagName("property");
                for (int i = 0; i < properties.getLength(); i++) {
                    Element property = (Element) properties.item(i);
                    switch (property.getAttribute("name")) {
                        case "kitchen.lab" -> lab = property.getAttribute("value");
                        case "kitchen.wallSeconds" -> main = Double.parseDouble(property.getAttribute("value"));
                        case "kitchen.verdict" -> skipped = "SKIPPED".equals(property.getAttribute("value"));
                        default -> {
                        }
                    }
                }
                if (!skipped) {
                    labs.add(new LabTime(lab, seconds, main));
                }
            }
        }
        return labs;
    }

    private static Document parse(Path file) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception unreadable) {
            throw new IOException("cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }
}
