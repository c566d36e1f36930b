package dev.kitchenlab.engine;

import dev.kitchenlab.engine.byhand.PsCommands;
import dev.kitchenlab.engine.byhand.PsRow;
import dev.kitchenlab.engine.byhand.PsView;
import dev.kitchenlab.engine.byhand.Screen;
import dev.kitchenlab.engine.byhand.TreeSnapshot;
import dev.kitchenlab.events.Durations;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.harness.KitchenHarness;
import dev.kitchenlab.lab.Lab;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs one lab's {@code main} by hand, as the talk runs its demos: in a kitchen JVM of its own (its own session,
 * the project's classpath, the tick in its environment), its output shown as it comes, and beside it a {@code ps}
 * view of the kitchen and every process under it, printed when it changed. Nothing is judged. However the run
 * ends (the lab returns, the caller is interrupted, Ctrl-C ends this JVM), the kitchen and every process of the run
 * are stopped.
 */
public final class HandRun {
    /** How often the view looks at the kitchen's tree. */
    public static final Duration VIEW_EVERY = Duration.ofSeconds(1);

    private HandRun() {
    }

    /**
     * What to run.
     *
     * @param lab the lab
     * @param classesDir the project's compiled classes, where the lab's class is looked for
     * @param options the tick, the classpath and the JDK of the kitchen (its timeout is not used: the student stops it)
     * @param keyboard whether the kitchen reads this JVM's own stdin (the student's keyboard), else none
     */
    public record Request(Lab lab, Path classesDir, RunOptions options, boolean keyboard) {
    }

    /**
     * How the kitchen ended.
     *
     * @param pid the kitchen's pid
     * @param exitCode its exit code
     * @param ran how long it ran
     * @param notStarted whether it reached a {@code todo(...)} of the skeleton
     * @param stopped whether it was stopped (interrupted, or Ctrl-C) rather than ending on its own
     */
    public record Ended(long pid, int exitCode, Duration ran, boolean notStarted, boolean stopped) {
    }

    /** How every run by hand that the JVM {@code inspectorPid} starts is marked, before what tells them apart. */
    static String runsOf(long inspectorPid) {
        return "byhand-" + inspectorPid + "-";
    }

    /** The lab cannot be run here; the message says why and what to do. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Runs the lab until its kitchen ends, telling {@code say} the kit's own lines (the pid and the {@code ps}
     * commands first) and showing the lab's output and the view on {@code screen}.
     *
     * @throws Refused when the lab cannot run here: the JDK is too old, or the project has no (or two) lab classes
     * @throws IOException when the kitchen cannot be started
     */
    public static Ended run(Request request, Consumer<String> say, Screen screen) throws Refused, IOException {
        Lab lab = request.lab();
        RunOptions options = request.options();
        if (LabRunner.tooOld(lab, options)) {
            throw new Refused("lab " + lab.label() + " needs JDK " + lab.minimumJdk() + " or newer, and this runs on "
                    + "JDK " + options.javaFeature() + " (" + options.javaHome() + "): point JAVA_HOME at a JDK "
                    + lab.minimumJdk() + "+ and run mvn kitchen:run -Dlab=" + lab.id() + " again");
        }
        String mainClass = mainClassOf(lab, request.classesDir());
        List<String> java = new ArrayList<>(List.of(LabRunner.javaIn(options.javaHome()).toString()));
        java.addAll(lab.jvmOptions().kitchen());
        java.addAll(List.of("-cp", options.classpathString(), KitchenHarness.class.getName(), mainClass));
        Launch launch = Launch.here();
        ProcessBuilder builder = new ProcessBuilder(launch.command(java));
        String run = runsOf(ProcessHandle.current().pid()) + System.nanoTime();
        KitchenEnvironment.withTick(builder.environment(), options.tick());
        KitchenEnvironment.writeByHand(builder.environment(), lab.jvmOptions().cooks(), run,
                ProcessHandle.current().pid());
        builder.redirectInput(request.keyboard() ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);

        TreeSnapshot.prepare();
        Instant started = Instant.now();
        Process kitchen = builder.start();
        if (!request.keyboard()) {
            kitchen.getOutputStream().close();
        }
        long pid = kitchen.pid();
        // The first view is read before anything is said or started here: a kitchen that ends within a second (a
        // skeleton's todo, 0.1 s) was gone, on a busy machine, by the time these lines were written, and ps showed
        // nothing of it.
        List<PsRow> firstView = TreeSnapshot.take(pid);
        say.accept("lab " + lab.label() + " runs in the kitchen PID " + pid + ", a tick of "
                + Durations.format(options.tick()) + ", " + mainClass);
        say.accept("look at it from another terminal: " + PsCommands.toTry(pid, System.getProperty("os.name")));
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        ProcessSweep.Run sweep = new ProcessSweep.Run(kitchen.toHandle(), seen, started, KitchenEnvironment.marker(run),
                launch.ownSession());
        StopOnExit stopOnExit = new StopOnExit(sweep, say);
        LiveKitchens.add(pid, stopOnExit);
        List<Thread> pumps = List.of(screen.pump(kitchen.getInputStream(), false, "kitchen-lab-out-" + pid),
                screen.pump(kitchen.getErrorStream(), true, "kitchen-lab-err-" + pid));
        boolean interrupted = false;
        Duration ran;
        try {
            watch(kitchen, firstView, seen, screen, started);
        } catch (InterruptedException e) {
            interrupted = true;
            Thread.currentThread().interrupt();
        } finally {
            ran = Duration.between(started, Instant.now());
            ProcessSweep.stopAll(sweep);
            LiveKitchens.remove(pid);
        }
        finishShowing(pumps);
        int exit = kitchen.isAlive() ? -1 : kitchen.exitValue();
        return new Ended(pid, exit, ran,
                exit == KitchenHarness.NOT_STARTED_EXIT, interrupted || stopOnExit.ran);
    }

    private static String mainClassOf(Lab lab, Path classesDir) throws Refused {
        try {
            return new LabLocator(classesDir).find(lab).orElseThrow(() -> new Refused("lab " + lab.label()
                    + " is not in this project: no class " + lab.packageSegment() + "." + lab.mainClass()
                    + " was found among its compiled classes; write the lab in a package ending in ."
                    + lab.packageSegment() + ", in a class named " + lab.mainClass()
                    + ", then run mvn kitchen:run -Dlab="
                    + lab.id() + " again"));
        } catch (IllegalStateException twoPlaces) {
            throw new Refused(twoPlaces.getMessage());
        }
    }

    /** Lets the lab's last lines reach the screen, a second at most, even when this thread was interrupted. */
    private static void finishShowing(List<Thread> pumps) {
        for (Thread pump : pumps) {
            try {
                pump.join(Duration.ofSeconds(1).toMillis());
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits for the kitchen, printing the view ({@code firstView} first) each time it changed. */
    private static void watch(Process kitchen, List<PsRow> firstView, Set<Long> seen, Screen screen, Instant started)
            throws InterruptedException {
        List<PsRow> shown = null;
        List<PsRow> rows = firstView;
        while (true) {
            rows.forEach(row -> seen.add(row.pid()));
            if (!rows.isEmpty() && PsView.changedFrom(shown, rows)
                    && screen.printBetweenLines(PsView.lines(rows, Duration.between(started, Instant.now())
                    .toSeconds()))) {
                shown = rows;
            }
            if (kitchen.waitFor(VIEW_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            rows = TreeSnapshot.take(kitchen.pid());
        }
    }

    /** What this JVM's shutdown hook does for a run by hand: stops it all, and says so. */
    private static final class StopOnExit implements Runnable {
        private final ProcessSweep.Run sweep;
        private final Consumer<String> say;
        private volatile boolean ran;

        StopOnExit(ProcessSweep.Run sweep, Consumer<String> say) {
            this.sweep = sweep;
            this.say = say;
        }

        @Override
        public void run() {
            ran = true;
            List<ProcessSweep.Stopped> stopped = ProcessSweep.stopAll(sweep);
            say.accept(stopped.isEmpty() ? "stopped: nothing of the run was still running"
                    : "stopped: the kitchen and every process under it, " + stopped.stream()
                    .map(ProcessSweep.Stopped::describe).collect(Collectors.joining(", ")));
        }
    }
}
