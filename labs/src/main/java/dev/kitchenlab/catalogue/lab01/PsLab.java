package dev.kitchenlab.catalogue.lab01;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.PrintedLine;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessSample;
import dev.kitchenlab.judging.Statistics;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Lab 01, the talk's opening {@code ps u}: a process is a kitchen with its own PID, owner, memory, CPU time and open
 * files. The student's program prints its own row, read through Java, then waits for a name on standard input and
 * greets it. The kit holds every field against {@code ps} taken the moment the row was printed, sees how the program
 * waits, types a name and sees the greeting. The kitchen carries a random load of memory, threads and files, so only
 * a row read when it is printed matches.
 */
public final class PsLab {
    /** How far a printed RSS may be from ps's, as a share of it; or {@link #RSS_SLACK_KIB}, the larger. */
    static final double RSS_SHARE = 0.15;
    static final long RSS_SLACK_KIB = 8 * 1024;
    static final double VSZ_SHARE = 0.10;
    static final long VSZ_SLACK_KIB = 64 * 1024;
    /** The kit's own threads (its watchers, the JIT's compilers) come and go around the student's reading. */
    static final int THREAD_SLACK = 4;
    /**
     * Files come and go too: the kit's own, and those a right program opens to count them (a listing of /proc/self/fd
     * holds one or two while it counts; a plain-JDK reading measured 4 above ps).
     */
    static final int FILE_SLACK = 6;
    /**
     * While waiting for a name, the median share of a core over the samples: a program asleep in a read shows 0.0 % in
     * every run measured (198 of 198, with and without 4 busy loops), whatever the load, since it uses no CPU however
     * much is on offer; a spinning loop takes what the scheduler gives it, 32 to 77 % of a core with 4 busy loops, but
     * under 20 % in 3 runs of 20 when other builds ran beside them. One clock tick of CPU in a sample of 100 ms is
     * 10 %, so a median above 5 % means the kitchen worked through most of its wait.
     */
    static final double ASLEEP_PERCENT = 5;
    /**
     * How long before its row a program may have read its %CPU: the figure is read first (OSHI's snapshot, or the JDK's
     * CPU time and start), then the row is formatted and printed, and early in a JVM's life %CPU over the whole life
     * falls fast while it waits. On a busy machine the reference solution printed 41.5 where ps showed 31.0 at the
     * sample taken as its row arrived (beside the ITs, two busy loops on two cores): it had read the figure a good part
     * of a second before. So the row is held against what ps showed over this last stretch, up to that sample.
     */
    static final long CPU_READ_MILLIS = 1_000;
    private static final long SETTLE_NANOS = 300_000_000;
    private static final Pattern STAT = Pattern.compile("[RSDTtZIWXP][<NLsl+]*");
    private static final String ROW = "a ps u row printed";
    private static final String PID = "PID";
    private static final String USER = "USER";
    private static final String RSS = "RSS";
    private static final String VSZ = "VSZ";
    private static final String MEM = "%MEM";
    private static final String CPU = "%CPU";
    private static final String STAT_VALID = "STAT";
    private static final String THREADS = "THREADS";
    private static final String FILES = "FILES";
    private static final String WAITS = "waits asleep for a name";
    private static final String GREETS = "greets the name typed";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("01", "ps")
            .title("your own ps u row, then a name")
            .claim("a process is a kitchen: ps u shows its PID, owner, CPU, memory (VSZ, RSS) and state, and "
                    + "input(\"Enter your name:\") makes it sleep until a name comes")
            .mainClass("MyKitchen")
            .driver(Driver.MAIN_WITH_BALLAST)
            .typesAtPrompt("Kai", "Tessa", "Jess", "Lucy")
            .countsOpenFiles()
            .timeoutTicks(10)
            .hints("Your kitchen is this JVM: ProcessHandle.current() and OSHI's getProcess(pid) describe it, as ps "
                            + "describes a process from outside.",
                    "OperatingSystem os = new SystemInfo().getOperatingSystem(); OSProcess me = "
                            + "os.getProcess(os.getProcessId()); then me.getUser(), getResidentMemory(), "
                            + "getVirtualSize(), getThreadCount(), getOpenFiles(), getState(), "
                            + "getProcessCpuLoadCumulative().",
                    "ps counts VSZ and RSS in KiB (bytes / 1024); %MEM is RSS over the machine's memory "
                            + "(getHardware().getMemory().getTotal()); %CPU is CPU time over the process's whole life.",
                    "Read the row just before printing it, print a header line and the row, then read a line from "
                            + "System.in with a Scanner or a BufferedReader: they sleep until a line comes.")
            .expect(Expectation.of(ROW, PsLab::rowPrinted,
                    "print a header line, USER PID %CPU %MEM VSZ RSS STAT THREADS FILES, then your values under it"))
            .expect(Expectation.of(PID, PsLab::pid,
                    "print ProcessHandle.current().pid(): this JVM, not its parent").after(ROW))
            .expect(Expectation.of(USER, PsLab::user,
                    "print the process's owner: OSHI's getUser(), or System.getProperty(\"user.name\")").after(ROW))
            .expect(Expectation.of(RSS, PsLab::rss,
                    "print OSHI's getResidentMemory() / 1024, read just before printing").after(ROW))
            .expect(Expectation.of(VSZ, PsLab::vsz, "print OSHI's getVirtualSize() / 1024").after(ROW))
            .expect(Expectation.of(MEM, PsLab::mem,
                    "print 100 * RSS in bytes / the machine's memory in bytes (getHardware().getMemory().getTotal())")
                    .after(ROW))
            .expect(Expectation.of(CPU, PsLab::cpu,
                    "print 100 * getProcessCpuLoadCumulative(): CPU time over the process's whole life, as ps does")
                    .after(ROW))
            .expect(Expectation.of(STAT_VALID, PsLab::stat,
                    "print a ps state letter: R running, S sleeping, D disk wait, T stopped, Z zombie").after(ROW))
            .expect(Expectation.of(THREADS, PsLab::threads, "print OSHI's getThreadCount(), read just before printing")
                    .after(ROW))
            .expect(Expectation.of(FILES, PsLab::files, "print OSHI's getOpenFiles(), read just before printing")
                    .after(ROW))
            .expect(Expectation.of(WAITS, PsLab::waitsAsleep,
                    "read the name with new Scanner(System.in).nextLine() or a BufferedReader's readLine(): they "
                            + "block, asleep, until a line comes; never loop on System.in.available()"))
            .expect(Expectation.of(GREETS, PsLab::greets,
                    "print \"Hi \" + name + \"!\" with the line read from System.in"))
            .notes(PsLab::notes)
            .build();

    private PsLab() {
    }

    private static Optional<PsRow> row(Observation run) {
        return PsRow.find(run.kitchenLines());
    }

    private static Finding rowPrinted(Observation run) {
        Optional<PsRow> row = row(run);
        if (row.isEmpty()) {
            List<PrintedLine> said = run.kitchenLines();
            return Finding.fail("no ps u row: no line with the headings PID and RSS, and a row under it"
                    + (said.isEmpty() ? "; nothing was printed" : "; printed: " + said.get(0).quoted()));
        }
        List<String> missing = row.get().missing();
        if (!missing.isEmpty()) {
            return Finding.fail("your header " + row.get().header().quoted() + " lacks " + String.join(", ", missing));
        }
        if (!row.get().complete()) {
            return Finding.fail("your row " + row.get().row().quoted() + " has " + row.get().values().size()
                    + " values under " + row.get().headings().size() + " headings");
        }
        return Finding.pass("row printed: " + row.get().row().quoted());
    }

    /**
     * The kitchen as ps saw it when the row was printed: the sample taken the moment the row arrived, and the regular
     * one before it. Memory is held against the first alone (the one before may predate a change the row should show);
     * threads and files, which the kit's own watchers move by a few, against both; %CPU against every sample of the
     * stretch before the row in which the program may have read it, up to the first ({@link #lifetimeCpuSince}).
     */
    private record AtTheRow(ProcessRecord kitchen, ProcessSample before, ProcessSample at) {
        <T extends Comparable<T>> String range(Function<ProcessSample, T> figure) {
            T a = figure.apply(before);
            T b = figure.apply(at);
            return a.equals(b) ? String.valueOf(a) : (a.compareTo(b) < 0 ? a + "–" + b : b + "–" + a);
        }


        /** ps's %CPU: CPU time over the process's life so far. */
        double lifetimeCpu(ProcessSample sample) {
            return 100.0 * sample.cpuMillis() / Math.max(1, sample.epochMillis() - kitchen.startMillis());
        }

        /** ps's %CPU in every sample from {@code fromMillis} to the one at the row (that one at least). */
        DoubleSummaryStatistics lifetimeCpuSince(long fromMillis) {
            return kitchen.samples().stream()
                    .filter(sample -> sample.epochMillis() >= fromMillis && sample.epochMillis() <= at.epochMillis())
                    .mapToDouble(this::lifetimeCpu).summaryStatistics();
        }
    }

    private static Optional<AtTheRow> atTheRow(Observation run) {
        Optional<PsRow> row = row(run);
        Optional<ProcessRecord> kitchen = run.tree().root();
        if (row.isEmpty() || kitchen.isEmpty()) {
            return Optional.empty();
        }
        long printedMillis = row.get().row().epochNanos() / 1_000_000;
        List<ProcessSample> samples = kitchen.get().samples();
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).epochMillis() >= printedMillis) {
                return Optional.of(new AtTheRow(kitchen.get(), samples.get(Math.max(0, i - 1)), samples.get(i)));
            }
        }
        return Optional.empty();
    }

    private static Finding pid(Observation run) {
        PsRow row = row(run).orElseThrow();
        Optional<Double> printed = row.number(PID);
        if (printed.isEmpty()) {
            return Finding.fail("PID " + quoted(row, PID) + " is not a number");
        }
        long pid = printed.get().longValue();
        if (pid == run.kitchenPid()) {
            return Finding.pass("PID " + pid + ", your kitchen's");
        }
        Optional<Long> parent = run.tree().root().map(ProcessRecord::ppid);
        if (parent.isPresent() && pid == parent.get()) {
            return Finding.fail("PID " + pid + " is your kitchen's parent (the JVM that started it: Maven, the IDE or "
                    + "the check), not your kitchen, which is " + run.kitchenPid());
        }
        return Finding.fail("PID " + pid + " is not your kitchen, which is " + run.kitchenPid());
    }

    private static Finding user(Observation run) {
        PsRow row = row(run).orElseThrow();
        String owner = run.tree().root().map(ProcessRecord::user).orElse("");
        return row.text(USER).equals(owner) ? Finding.pass("USER " + owner)
                : Finding.fail("USER " + quoted(row, USER) + ", and ps says the kitchen belongs to " + owner);
    }

    private static Finding rss(Observation run) {
        PsRow row = row(run).orElseThrow();
        Optional<AtTheRow> ps = atTheRow(run);
        Optional<Double> printed = row.number(RSS);
        if (printed.isEmpty() || ps.isEmpty()) {
            return notComparable(row, RSS, ps);
        }
        double seen = ps.get().at().rss() / 1024.0;
        double kib = printed.get();
        if (within(kib, seen, seen, RSS_SHARE, RSS_SLACK_KIB)) {
            return Finding.pass(String.format("RSS %,.0f KiB, ps %,.0f KiB", kib, seen));
        }
        String saw = String.format("you printed RSS %,.0f KiB, and ps saw %,.0f KiB when you printed it", kib, seen);
        Optional<Fact.HeapSize> heap = run.kitchenEvents(Fact.HeapSize.class).stream().map(Event::fact).findFirst();
        if (heap.isPresent() && (near(kib, heap.get().committed() / 1024.0) || near(kib, heap.get().max() / 1024.0))) {
            return Finding.fail(saw + ": that is the JVM's heap (Runtime.totalMemory() or maxMemory()), room for "
                    + "objects, not the memory the process holds in RAM");
        }
        if (near(kib, seen * 1024)) {
            return Finding.fail(saw + ": that is bytes, and ps counts KiB (bytes / 1024)");
        }
        return Finding.fail(saw + " (within 15 % or 8 MiB would do): a figure read earlier or typed in is stale, "
                + "since the kitchen's memory changes from moment to moment and from run to run");
    }

    private static Finding vsz(Observation run) {
        PsRow row = row(run).orElseThrow();
        Optional<AtTheRow> ps = atTheRow(run);
        Optional<Double> printed = row.number(VSZ);
        if (printed.isEmpty() || ps.isEmpty()) {
            return notComparable(row, VSZ, ps);
        }
        double kib = printed.get();
        double seen = ps.get().at().vsz() / 1024.0;
        if (within(kib, seen, seen, VSZ_SHARE, VSZ_SLACK_KIB)) {
            return Finding.pass(String.format("VSZ %,.0f KiB, ps %,.0f KiB", kib, seen));
        }
        return Finding.fail(String.format("you printed VSZ %,.0f KiB, and ps saw %,.0f KiB (within 10 %% would do)",
                kib, seen));
    }

    private static Finding mem(Observation run) {
        PsRow row = row(run).orElseThrow();
        Optional<AtTheRow> ps = atTheRow(run);
        Optional<Double> printed = row.number(MEM);
        if (printed.isEmpty() || ps.isEmpty()) {
            return notComparable(row, MEM, ps);
        }
        double low = ps.get().at().memPercent();
        double high = low;
        // Printed to one decimal, as ps does: 0.05 points of rounding either way, on top of RSS's own slack.
        if (printed.get() >= low * (1 - RSS_SHARE) - 0.06 && printed.get() <= high * (1 + RSS_SHARE) + 0.06) {
            return Finding.pass(String.format("%%MEM %s, ps %.2f", row.text(MEM), high));
        }
        return Finding.fail(String.format("you printed %%MEM %s, and ps saw %.2f: RSS over the machine's %,d MiB",
                row.text(MEM), high, run.tree().totalMemory() / (1024 * 1024)));
    }

    private static Finding cpu(Observation run) {
        PsRow row = row(run).orElseThrow();
        Optional<AtTheRow> ps = atTheRow(run);
        Optional<Double> printed = row.number(CPU);
        if (printed.isEmpty() || ps.isEmpty()) {
            return notComparable(row, CPU, ps);
        }
        AtTheRow at = ps.get();
        DoubleSummaryStatistics seen = at.lifetimeCpuSince(row.row().epochNanos() / 1_000_000 - CPU_READ_MILLIS);
        double low = seen.getMin();
        double high = seen.getMax();
        String psSaw = low == high ? String.format("%.1f", low) : String.format("%.1f–%.1f", low, high);
        // ps and the JVM count CPU in clock ticks of 10 ms over a life of about a second: a few points either way.
        if (within(printed.get(), low, high, 0.30, 10)) {
            return Finding.pass(String.format("%%CPU %s, ps %s over the kitchen's life", row.text(CPU), psSaw));
        }
        return Finding.fail(String.format("you printed %%CPU %s, and ps saw %s in the second before your row: the CPU "
                + "time the kitchen used over its whole life so far, as a percentage of that life", row.text(CPU),
                psSaw));
    }

    private static Finding stat(Observation run) {
        PsRow row = row(run).orElseThrow();
        String printed = row.text(STAT_VALID);
        return STAT.matcher(printed).matches() ? Finding.pass("STAT " + printed)
                : Finding.fail("STAT " + quoted(row, STAT_VALID) + " is not a state ps would show: R, S, D, T, Z, I "
                + "(and modifiers such as l or +)");
    }

    private static Finding threads(Observation run) {
        return count(run, THREADS, ProcessSample::threads, THREAD_SLACK, "threads");
    }

    private static Finding files(Observation run) {
        return count(run, FILES, s -> (int) s.openFiles(), FILE_SLACK, "open files");
    }

    private static Finding count(Observation run, String heading, Function<ProcessSample, Integer> figure, int slack,
                                 String what) {
        PsRow row = row(run).orElseThrow();
        Optional<AtTheRow> ps = atTheRow(run);
        Optional<Double> printed = row.number(heading);
        if (printed.isEmpty() || ps.isEmpty()) {
            return notComparable(row, heading, ps);
        }
        if (figure.apply(ps.get().at()) < 0) {
            return Finding.pass(heading + " " + row.text(heading) + " (this system cannot count " + what + ")");
        }
        double low = Math.min(figure.apply(ps.get().before()), figure.apply(ps.get().at()));
        double high = Math.max(figure.apply(ps.get().before()), figure.apply(ps.get().at()));
        if (printed.get() >= low - slack && printed.get() <= high + slack) {
            return Finding.pass(heading + " " + row.text(heading) + ", ps " + ps.get().range(figure));
        }
        return Finding.fail(String.format("you printed %s %s, and the kitchen had %s %s when you printed it (within "
                + "%d would do): read it just before printing", heading, row.text(heading), ps.get().range(figure),
                what, slack));
    }

    /** What the observer saw between the kitchen's last line and the moment the check typed. */
    private static Finding waitsAsleep(Observation run) {
        Optional<Event<Fact.Typed>> typed = run.events(Fact.Typed.class).stream().findFirst();
        if (typed.isEmpty()) {
            return Finding.fail("your kitchen never waited for a name: it " + (run.exitCode().isPresent()
                    ? "ended" : "was stopped") + " without going quiet to read one");
        }
        List<ProcessSample> waiting = waiting(run, typed.get());
        if (waiting.size() < 3) {
            return Finding.inconclusive("the machine was too busy to watch your kitchen wait: " + waiting.size()
                    + " sample(s) while it waited");
        }
        double cpu = Statistics.median(waiting.stream().mapToDouble(ProcessSample::cpuPercent).toArray());
        String states = String.join(", ", waiting.stream().map(ProcessSample::state).distinct().toList());
        if (cpu > ASLEEP_PERCENT) {
            return Finding.fail(String.format("while it waited for a name, your kitchen used %.0f %% of a core "
                    + "(%d samples, %s): it spun, checking again and again, instead of sleeping until the line came",
                    cpu, waiting.size(), states));
        }
        return Finding.pass(String.format("while it waited for a name it slept: %.1f %% CPU over %d samples (%s)", cpu,
                waiting.size(), states));
    }

    private static List<ProcessSample> waiting(Observation run, Event<Fact.Typed> typed) {
        long from = (typed.fact().quietSinceEpochNanos() + SETTLE_NANOS) / 1_000_000;
        long to = typed.epochNanos() / 1_000_000;
        return run.tree().root().map(k -> k.samples().stream().filter(s -> s.epochMillis() > from
                && s.epochMillis() <= to).toList()).orElse(List.of());
    }

    private static Finding greets(Observation run) {
        Optional<Event<Fact.Typed>> typed = run.events(Fact.Typed.class).stream().findFirst();
        if (typed.isEmpty()) {
            return Finding.fail("no name was typed: your kitchen never waited for one");
        }
        String name = typed.get().fact().line();
        List<PrintedLine> after = run.kitchenLines().stream()
                .filter(l -> l.epochNanos() >= typed.get().epochNanos()).toList();
        if (after.stream().anyMatch(l -> l.text().contains("Hi " + name + "!"))) {
            return Finding.pass("greeted Hi " + name + "!");
        }
        return Finding.fail("the check typed " + name + ", and your kitchen "
                + (after.isEmpty() ? "printed nothing more" : "printed " + after.get(0).quoted())
                + " instead of Hi " + name + "!");
    }

    private static Finding notComparable(PsRow row, String heading, Optional<AtTheRow> ps) {
        return ps.isEmpty() ? Finding.inconclusive("ps did not see the kitchen when the row was printed")
                : Finding.fail(heading + " " + quoted(row, heading) + " is not a number");
    }

    private static boolean within(double value, double low, double high, double share, double slack) {
        return value >= low - Math.max(low * share, slack) && value <= high + Math.max(high * share, slack);
    }

    private static boolean near(double value, double target) {
        return Math.abs(value - target) <= 0.03 * target;
    }

    private static String quoted(PsRow row, String heading) {
        return "\"" + row.text(heading) + "\"";
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        atTheRow(run).ifPresent(at -> notes.add(String.format("ps at the row: RSS %d KiB, %s threads, %s files",
                at.at().rss() / 1024, at.range(ProcessSample::threads), at.range(ProcessSample::openFiles))));
        run.events(Fact.Typed.class).stream().findFirst().ifPresent(typed -> {
            List<ProcessSample> waiting = waiting(run, typed);
            if (!waiting.isEmpty()) {
                notes.add(String.format("waiting %.1f %% CPU", Statistics.median(waiting.stream()
                        .mapToDouble(ProcessSample::cpuPercent).toArray())));
            }
        });
        return notes;
    }
}
