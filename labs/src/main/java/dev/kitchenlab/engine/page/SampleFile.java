package dev.kitchenlab.engine.page;

import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.evidence.ProcessTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the process observer saw of a run, kept in the run's folder as {@value #NAME}, a tab-separated file the page
 * reads back: one {@code process} line per process (who, what) and one {@code sample} line per process per round
 * (what {@code ps u} shows). The observer's tree lives only in the inspector's memory; without this file the page
 * could not show a run checked by another JVM (the IDE's test, an earlier check).
 */
public final class SampleFile {
    /** The file's name in a run's folder. */
    public static final String NAME = "samples.tsv";
    private static final String PROCESS = "process";
    private static final String SAMPLE = "sample";
    // A command line can be as long as the classpath: the page shows its start only.
    private static final int COMMAND_WIDTH = 160;

    private SampleFile() {
    }

    /** Writes what the observer saw of the tree rooted at the kitchen into {@code runDir}. */
    public static void write(Path runDir, ProcessTree tree) throws IOException {
        List<ProcessRecord> records = new ArrayList<>();
        tree.root().ifPresent(records::add);
        records.addAll(tree.descendants());
        List<String> lines = new ArrayList<>();
        lines.add("# kitchen " + tree.rootPid() + " memory " + tree.totalMemory());
        for (ProcessRecord record : records) {
            lines.add(String.join("\t", PROCESS, Long.toString(record.pid()), Long.toString(record.ppid()),
                    oneField(record.user()), Long.toString(record.startMillis()), oneField(record.command())));
        }
        records.stream().flatMap(r -> r.samples().stream()).sorted(Comparator.comparingLong(ProcessSample::epochMillis))
                .forEach(s -> lines.add(String.join("\t", SAMPLE, Long.toString(s.pid()), Long.toString(s.ppid()),
                        Long.toString(s.epochMillis()), Long.toString(s.cpuMillis()),
                        String.format(Locale.ROOT, "%.1f", s.cpuPercent()),
                        String.format(Locale.ROOT, "%.1f", s.memPercent()), Long.toString(s.rss()),
                        Long.toString(s.vsz()), Integer.toString(s.threads()), oneField(s.state()))));
        Files.write(runDir.resolve(NAME), lines, StandardCharsets.UTF_8);
    }

    /**
     * What a run's folder kept of its processes; empty lists when it kept nothing (a run from before the file
     * existed, or one that never started a kitchen).
     */
    public static Samples read(Path runDir) throws IOException {
        Path file = runDir.resolve(NAME);
        List<Samples.Process> processes = new ArrayList<>();
        List<ProcessSample> samples = new ArrayList<>();
        long kitchen = -1;
        if (!Files.isRegularFile(file)) {
            return new Samples(kitchen, processes, samples);
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            try {
                if (line.startsWith("# kitchen ")) {
                    kitchen = Long.parseLong(line.split(" ")[2]);
                } else if (f[0].equals(PROCESS) && f.length == 6) {
                    processes.add(new Samples.Process(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
                            Long.parseLong(f[4]), f[5]));
                } else if (f[0].equals(SAMPLE) && f.length == 11) {
                    samples.add(new ProcessSample(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                            Long.parseLong(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]),
                            Long.parseLong(f[7]), Long.parseLong(f[8]), Integer.parseInt(f[9]), f[10], -1));
                }
            } catch (RuntimeException damaged) {
                // A line cut short (the inspector killed mid-write) is left out, as the event files' are.
            }
        }
        return new Samples(kitchen, processes, samples);
    }

    private static String oneField(String text) {
        String flat = text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
        return flat.length() > COMMAND_WIDTH ? flat.substring(0, COMMAND_WIDTH) + "…" : flat;
    }
}
