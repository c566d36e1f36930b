package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.LabCatalogue;
import dev.kitchenlab.events.Durations;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.lab.Lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * What {@code mvn kitchen:doctor} says: the JDK, the operating system, the CPUs, the container's limits and Maven,
 * then what they mean for the labs, one line each, read from the catalogue (each lab's minimum JDK, what the CPU
 * count means for it, the memory its tree needs) rather than from facts copied here.
 */
public final class Doctor {
    private static final String INDENT = "  ";

    private Doctor() {
    }

    /** This machine, examined: measures how late it runs now (a tenth of a second), then reports. */
    public static List<ConsoleLine> examineHere(String mavenVersion) {
        return examine(Machine.here(mavenVersion), LabCatalogue.all(), Calibrator.measure());
    }

    /** The report on {@code machine} for {@code labs}. */
    static List<ConsoleLine> examine(Machine machine, List<Lab> labs, Calibration now) {
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(info("Kitchen doctor · this machine, and what it means for the labs"));
        lines.add(info(INDENT + "JDK     " + machine.jdkVersion() + " (" + machine.jdkVendor() + "), the kitchens' JDK"));
        lines.add(info(INDENT + "OS      " + machine.os()));
        lines.add(info(INDENT + "Maven   " + (machine.mavenVersion().isEmpty() ? "not known" : machine.mavenVersion())));
        lines.add(info(INDENT + "CPUs    " + machine.cpus() + " for a JVM · container CPU limit: " + machine.limits().cpus()
                .stream().mapToObj(c -> String.format(Locale.ROOT, "%.2f CPUs", c)).findFirst().orElse("no limit")));
        lines.add(info(INDENT + "memory  " + (machine.memoryBytes() > 0 ? size(machine.memoryBytes()) : "not known")
                + " · container memory limit: " + machine.limits().memoryBytes().stream().mapToObj(Doctor::size)
                .findFirst().orElse("no limit")));
        lines.add(info("What it means:"));
        lines.addAll(jdk(machine, labs));
        labs.forEach(lab -> lab.onCpus(machine.cpus()).ifPresent(line -> lines.add(
                new ConsoleLine(machine.cpus() < 2 ? ConsoleLine.Level.WARN : ConsoleLine.Level.INFO, INDENT + line))));
        lines.addAll(memory(machine, labs));
        lines.add(info(INDENT + "tick: timing is judged from a tick of " + Durations.format(TickFloor.STANDARD.shortest())
                + " up (the check's default is " + Durations.format(RunOptions.DEFAULT_TICK) + "); right now "
                + now.describe()));
        return lines;
    }

    /** One line per lab the JDK is too old for, or one line saying every lab can run. */
    private static List<ConsoleLine> jdk(Machine machine, List<Lab> labs) {
        List<Lab> tooNew = labs.stream().filter(lab -> lab.minimumJdk() > machine.jdkFeature()).toList();
        if (tooNew.isEmpty()) {
            return List.of(info(INDENT + "JDK " + machine.jdkFeature() + ": every lab can run here"));
        }
        return tooNew.stream().map(lab -> new ConsoleLine(ConsoleLine.Level.WARN, INDENT + "JDK " + machine.jdkFeature()
                + ": lab " + lab.label() + " needs " + lab.minimumJdk() + "+, it will be SKIPPED (run Maven with a "
                + "JDK " + lab.minimumJdk() + " or newer in JAVA_HOME to try it)")).toList();
    }

    /** The hungriest lab against the memory the labs may use (Maven's own JVM takes its share of it too). */
    private static List<ConsoleLine> memory(Machine machine, List<Lab> labs) {
        long usable = machine.usableMemoryBytes();
        List<ConsoleLine> lines = new ArrayList<>();
        for (Lab lab : labs) {
            OptionalInt need = lab.treeMemoryMb();
            if (need.isEmpty() || usable <= 0) {
                continue;
            }
            long needBytes = need.getAsInt() * 1_000_000L;
            String where = machine.limits().memoryBytes().isPresent() ? "the container's limit" : "this machine";
            if (needBytes > usable) {
                lines.add(new ConsoleLine(ConsoleLine.Level.WARN, INDENT + "memory " + size(usable) + ": lab "
                        + lab.label() + " held about " + need.getAsInt() + " MB in a right run (kitchen and cooks), more "
                        + "than " + where + " allows; its cooks may be killed or run out of memory here"));
            } else {
                lines.add(info(INDENT + "memory " + size(usable) + ": room for lab " + lab.label() + ", which held about "
                        + need.getAsInt() + " MB in a right run (kitchen and cooks), beside Maven's own JVM"));
            }
        }
        return lines;
    }

    private static String size(long bytes) {
        return bytes >= 1_000_000_000L ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%d MB", bytes / 1_000_000);
    }

    private static ConsoleLine info(String text) {
        return new ConsoleLine(ConsoleLine.Level.INFO, text);
    }
}
