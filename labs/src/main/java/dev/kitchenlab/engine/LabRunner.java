package dev.kitchenlab.engine;

import dev.kitchenlab.engine.observe.ProcessTreeObserver;
import dev.kitchenlab.engine.page.SampleFile;
import dev.kitchenlab.events.ClassArchive;
import dev.kitchenlab.events.Durations;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.evidence.Calibration;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessTree;
import dev.kitchenlab.evidence.RawLine;
import dev.kitchenlab.harness.Ballast;
import dev.kitchenlab.harness.CookTraining;
import dev.kitchenlab.harness.CrashDriver;
import dev.kitchenlab.harness.FlagDriver;
import dev.kitchenlab.harness.KitchenHarness;
import dev.kitchenlab.harness.ModesDriver;
import dev.kitchenlab.harness.PantryDriver;
import dev.kitchenlab.harness.QuizDriver;
import dev.kitchenlab.harness.RaceDriver;
import dev.kitchenlab.harness.SpawnDriver;
import dev.kitchenlab.harness.TimedDriver;
import dev.kitchenlab.harness.VirtualDriver;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.JvmOptions;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Figures;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.LabResult;
import dev.kitchenlab.verdict.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs one lab in a kitchen JVM of its own, watches it from outside, stops it if its time is up, and judges
 * what it did. The student's code never runs in the caller's JVM: a {@code System.exit}, an endless loop or
 * a full heap cannot hurt it.
 */
final class LabRunner {
    /** Time allowed on top of a lab's ticks, for JVMs to start on a busy machine. */
    static final Duration START_ALLOWANCE = Duration.ofSeconds(10);
    // A training run takes one to three seconds; one that hangs must not hold the check.
    private static final Duration ARCHIVE_TRAINING_TIMEOUT = Duration.ofSeconds(30);
    // How often the runner looks whether the kitchen ended, its time is up, or its tree went past its limits.
    private static final Duration WAIT_STEP = Duration.ofMillis(50);
    // The kitchen's last lines shown under a crash or a timeout, each cut to this width.
    private static final int TAIL_LINES = 40;
    private static final int TAIL_WIDTH = 500;
    // The kitchen's last lines kept in the run's folder for the reports: enough for any lab's own output.
    private static final int KEPT_LINES = 1000;

    private final RunOptions options;
    private final Calibration calibration;

    /** A runner with these options, judging timing against this calibration. */
    LabRunner(RunOptions options, Calibration calibration) {
        this.options = options;
        this.calibration = calibration;
    }

    /** Runs the lab whose {@code main} is in {@code mainClass} and judges it. */
    LabResult run(Lab lab, String mainClass) {
        if (tooOld(lab, options)) {
            return skipped(lab, options);
        }
        try {
            return runKitchen(lab, mainClass);
        } catch (IOException e) {
            return result(lab, List.of(new Finding("a kitchen to run", Verdict.ERROR,
                    "the kit could not run the kitchen: " + e.getMessage(),
                    "check that " + options.javaHome() + " is a JDK and that " + options.workDir() + " is writable")),
                    Figures.NONE, List.of());
        }
    }

    /** Whether the JDK that runs the kitchens is older than the lab needs (a JDK whose release is unknown is not). */
    static boolean tooOld(Lab lab, RunOptions options) {
        int jdk = options.javaFeature();
        return jdk > 0 && jdk < lab.minimumJdk();
    }

    /**
     * A lab that cannot run on the kitchens' JDK, SKIPPED with the reason: decided from the lab's declaration alone,
     * before its class is looked for (a project built on that JDK may well not have compiled it).
     */
    static LabResult skipped(Lab lab, RunOptions options) {
        return result(lab, List.of(new Finding("a JDK new enough", Verdict.SKIPPED, "this lab needs JDK "
                + lab.minimumJdk() + " or newer; the kitchens run on JDK " + options.javaFeature(),
                "run the check with JDK " + lab.minimumJdk() + "+ (JAVA_HOME) to try it")), Figures.NONE, List.of());
    }

    /** The time a lab may take with these options. */
    Duration timeoutFor(Lab lab) {
        return options.timeout() != null ? options.timeout() : ownTimeoutFor(lab);
    }

    /** The time a lab is given unless the student sets one: its ticks, and time for the JVMs to start. */
    private Duration ownTimeoutFor(Lab lab) {
        return options.tick().multipliedBy(lab.timeoutTicks()).plus(START_ALLOWANCE);
    }

    private LabResult runKitchen(Lab lab, String mainClass) throws IOException {
        RunFolder folder = RunFolder.create(options.workDir().resolve(lab.packageSegment()));
        Path eventsDir = folder.events();
        Duration timeout = timeoutFor(lab);
        Optional<ClassArchive> kitchenArchive = prepareArchives(lab);
        Launch launch = Launch.here();
        ProcessBuilder builder = new ProcessBuilder(launch.command(command(lab, mainClass, kitchenArchive)));
        Instant started = Instant.now();
        KitchenEnvironment.write(builder.environment(), new KitchenEnvironment.Settings(options.tick(), eventsDir,
                lab.jvmOptions().cooks(), started.plus(timeout), folder.id(), ProcessHandle.current().pid()));
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);

        Process kitchen = builder.start();
        ProcessTreeObserver observer = ProcessTreeObserver.watch(kitchen.pid(), options.observeInterval(),
                new ProcessTreeObserver.Limits(lab.mostProcesses(), lab.mostThreads()), lab.countsOpenFiles());
        OutputCapture out;
        if (lab.typedAtPrompt().isEmpty()) {
            kitchen.getOutputStream().close();
            out = OutputCapture.drain(kitchen.getInputStream(), Fact.Stream.OUT, lab.packageSegment());
        } else {
            // A lab that talks with the keyboard is judged on what it printed against ps taken the moment it did.
            out = OutputCapture.drain(kitchen.getInputStream(), Fact.Stream.OUT, lab.packageSegment(),
                    line -> observer.sampleNow());
            List<String> lines = lab.typedAtPrompt();
            PromptTyper.start(kitchen, out, lines.get(ThreadLocalRandom.current().nextInt(lines.size())), eventsDir);
        }
        OutputCapture err = OutputCapture.drain(kitchen.getErrorStream(), Fact.Stream.ERR, lab.packageSegment());
        ProcessSweep.Run sweep = new ProcessSweep.Run(kitchen.toHandle(), ConcurrentHashMap.newKeySet(), started,
                KitchenEnvironment.marker(folder.id()), launch.ownSession());
        LiveKitchens.add(kitchen.pid(), () -> ProcessSweep.stopAll(withSeen(sweep, observer)));

        Integer exitCode = null;
        String stoppedFor = null;
        List<ProcessSweep.Stopped> stopped;
        try {
            long until = System.nanoTime() + timeout.toNanos();
            while (true) {
                if (kitchen.waitFor(WAIT_STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                    exitCode = kitchen.exitValue();
                    break;
                }
                if (observer.overLimit().isPresent()) {
                    stoppedFor = observer.overLimit().get();
                    break;
                }
                if (System.nanoTime() >= until) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped = ProcessSweep.stopAll(withSeen(sweep, observer));
            LiveKitchens.remove(kitchen.pid());
        }
        List<String> leftovers = exitCode == null ? List.of() : stopped.stream()
                .filter(p -> p.pid() != kitchen.pid()).map(ProcessSweep.Stopped::describe).toList();
        ProcessTree tree = observer.stop();
        List<Event<?>> events = EventFiles.readAll(eventsDir);

        List<RawLine> printedOut = out.lines();
        List<RawLine> printedErr = err.lines();
        List<RawLine> raw = new ArrayList<>(printedOut);
        raw.addAll(printedErr);
        Observation run = new Observation(options.tick(), kitchen.pid(), events, raw, tree, exitCode, stoppedFor,
                timeout, OutputCapture.tail(printedOut, printedErr, TAIL_LINES, TAIL_WIDTH), leftovers, calibration);
        Preconditions.Outcome common = Preconditions.judge(run, lab,
                new TimeLimit(ownTimeoutFor(lab), options.timeout()));
        List<Finding> findings = new ArrayList<>(common.findings());
        Figures figures = Figures.NONE;
        if (common.reachedTheWork()) {
            findings.addAll(lab.judge(run));
            figures = StandardFigures.of(run).withNotes(lab.notes(run));
        }
        if (run.timedOut()) {
            figures = figures.withNotes(List.of("stopped after " + Durations.format(timeout)));
        }
        boolean showOutput = findings.stream().anyMatch(f -> f.verdict().compareTo(Verdict.FAIL) > 0);
        LabResult result = new LabResult(lab.id(), lab.name(), lab.title(), findings, figures,
                showOutput ? run.outputTail() : List.of(), folder.dir());
        folder.keepOutput(OutputCapture.tail(printedOut, printedErr, KEPT_LINES, TAIL_WIDTH));
        SampleFile.write(folder.dir(), tree);
        folder.finish(result);
        return result;
    }

    /** The sweep, knowing every pid the observer saw so far. */
    /**
     * Builds the kitchens' and the cooks' class-data archives for this JDK and classpath the first time a check needs
     * them, before the lab's clock starts, so that no lab is timed while they are built; afterwards this only finds the
     * files. A lab whose kitchen or cooks must start without one (their options say so) builds none for them.
     *
     * @return the kitchens' archive, when it is ready for this lab's kitchen
     */
    private Optional<ClassArchive> prepareArchives(Lab lab) {
        if (ClassArchive.fitsOptions(lab.jvmOptions().cooks())) {
            archive(ClassArchive.Jvm.COOK).ifPresent(LabRunner::build);
        }
        if (!ClassArchive.fitsOptions(lab.jvmOptions().kitchen())) {
            return Optional.empty();
        }
        return archive(ClassArchive.Jvm.KITCHEN).filter(LabRunner::build);
    }

    /** Builds the archive unless it is there, by one training kitchen with one cook: whether it is ready now. */
    private static boolean build(ClassArchive archive) {
        return archive.build(List.of(KitchenHarness.class.getName(), CookTraining.class.getName()),
                JvmOptions.DEFAULT.kitchen(), KitchenEnvironment.FAST_START_COOK_OPTIONS, ARCHIVE_TRAINING_TIMEOUT);
    }

    private Optional<ClassArchive> archive(ClassArchive.Jvm jvm) {
        return ClassArchive.of(jvm, options.javaHome(), JdkVersion.featureOf(options.javaHome()),
                options.classpath().stream().map(Path::toString).toList());
    }

    private static ProcessSweep.Run withSeen(ProcessSweep.Run sweep, ProcessTreeObserver observer) {
        sweep.seenPids().addAll(observer.seenPids());
        return sweep;
    }

    private List<String> command(Lab lab, String mainClass, Optional<ClassArchive> archive) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaIn(options.javaHome()).toString());
        command.addAll(lab.jvmOptions().kitchen());
        archive.ifPresent(a -> command.addAll(a.useOptions()));
        command.add("-cp");
        command.add(archive.map(ClassArchive::classpath).orElseGet(options::classpathString));
        command.add(KitchenHarness.class.getName());
        switch (lab.driver()) {
            case TIMED_WRAPPER -> command.add(TimedDriver.class.getName());
            case QUIZ -> command.add(QuizDriver.class.getName());
            case MAIN_WITH_BALLAST -> command.add(Ballast.class.getName());
            case SPAWN -> command.add(SpawnDriver.class.getName());
            case MODES -> command.add(ModesDriver.class.getName());
            case CRASH -> command.add(CrashDriver.class.getName());
            case RACE -> command.add(RaceDriver.class.getName());
            case DEADLOCK -> command.add(RaceDriver.class.getName());
            case LIVELOCK -> command.add(RaceDriver.class.getName());
            case STARVATION -> command.add(RaceDriver.class.getName());
            case VISIBILITY -> command.add(FlagDriver.class.getName());
            case ATOMICITY -> command.add(PantryDriver.class.getName());
            case VIRTUAL -> command.add(VirtualDriver.class.getName());
            case MAIN -> {
            }
        }
        command.add(mainClass);
        if (lab.driver() == Driver.DEADLOCK) {
            command.add(RaceDriver.UNCOUNTED);
        }
        if (lab.driver() == Driver.LIVELOCK) {
            command.add(RaceDriver.PAN);
        }
        if (lab.driver() == Driver.STARVATION) {
            command.add(RaceDriver.SHIFT);
        }
        return command;
    }

    /**
     * The {@code java} program of a JDK.
     *
     * @throws IOException when there is none: found here, not by the launcher, since started through setsid a missing
     *     java would look like a crash
     */
    static Path javaIn(Path javaHome) throws IOException {
        Path bin = javaHome.resolve("bin");
        Path java = Files.isExecutable(bin.resolve("java.exe")) ? bin.resolve("java.exe") : bin.resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IOException("there is no java program at " + java);
        }
        return java;
    }

    private static LabResult result(Lab lab, List<Finding> findings, Figures figures, List<String> output) {
        return new LabResult(lab.id(), lab.name(), lab.title(), findings, figures, output);
    }
}
