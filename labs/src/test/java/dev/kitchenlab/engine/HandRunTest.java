package dev.kitchenlab.engine;

import dev.kitchenlab.catalogue.lab02.KitchensLab;
import dev.kitchenlab.catalogue.lab15.VirtualLab;
import dev.kitchenlab.engine.byhand.PsView;
import dev.kitchenlab.engine.byhand.Screen;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.harness.KitchenHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Lab 02 run by hand through the real engine: a forked kitchen with cook JVMs under it, shown as ps shows them. Beside
 * the kitchens of EveryLabTest's programs: it finds what is left of its own runs by their marker, not among every child
 * of this JVM.
 */
@ResourceLock(value = KitchenRuns.CHILD_PROCESSES, mode = ResourceAccessMode.READ)
class HandRunTest {
    // A row of the view: pid, ppid, then who it is at the end.
    private static final Pattern ROW = Pattern.compile("^ {2}ps │ +(\\d+) +(\\d+) .* (?:└ )?(kitchen|cook)$",
            Pattern.MULTILINE);

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> said = new CopyOnWriteArrayList<>();

    @Test
    void theKitchenSaysItsPidFirstShowsItsCooksUnderItAndLeavesNothingWhenItEnds() throws Exception {
        HandRun.Ended ended = HandRun.run(request("org.example.kitchen.lab02.ManyKitchens", Duration.ofSeconds(2)),
                said::add, new Screen(out, out));

        String screen = screen();
        assertThat(ended.exitCode()).as(screen).isZero();
        assertThat(ended.notStarted()).isFalse();
        assertThat(ended.stopped()).isFalse();
        assertThat(ended.ran()).isGreaterThan(Duration.ofSeconds(2));
        assertThat(said.get(0)).as("the pid comes first").contains("PID " + ended.pid()).contains("a tick of 2s");
        assertThat(said.get(1)).contains("ps u -p " + ended.pid(), "ps -T -p " + ended.pid(),
                "ps u --ppid " + ended.pid());
        assertThat(screen).contains("Hi Kai!", "Hi Tessa!", "Hi Jess!", "Hi Lucy!");
        assertCooksUnder(ended.pid(), screen);
        assertNothingLeft(screen);
    }

    @Test
    void aRunStoppedWhileItsCooksSleepStopsTheKitchenAndEveryCook() throws Exception {
        CompletableFuture<Thread> runner = new CompletableFuture<>();
        CompletableFuture<HandRun.Ended> run = CompletableFuture.supplyAsync(() -> {
            runner.complete(Thread.currentThread());
            try {
                return HandRun.run(request("students.sleepycooks.lab02.ManyKitchens", Duration.ofSeconds(1)),
                        said::add, new Screen(out, out));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (rowsOf("cook").size() < 2 && System.nanoTime() < until && !run.isDone()) {
            Thread.sleep(100);
        }
        assertThat(rowsOf("cook")).as("both sleeping cooks shown:\n" + screen()).hasSizeGreaterThanOrEqualTo(2);
        if (Files.isDirectory(Path.of("/proc"))) {
            assertThat(processesOfHandRuns()).as("the kitchen and its cooks carry the run's marker")
                    .hasSizeGreaterThanOrEqualTo(3);
        }
        runner.get().interrupt();

        HandRun.Ended ended = run.get();
        String screen = screen();
        assertThat(ended.stopped()).as(screen).isTrue();
        assertCooksUnder(ended.pid(), screen);
        assertNothingLeft(screen);
    }

    @Test
    void aTodoLeftIsToldFromTheKitchensExitCode() throws Exception {
        HandRun.Ended ended = HandRun.run(request("students.halfwritten.lab02.ManyKitchens", Duration.ofMillis(500)),
                said::add, new Screen(out, out));

        assertThat(ended.exitCode()).as(screen()).isEqualTo(KitchenHarness.NOT_STARTED_EXIT);
        assertThat(ended.notStarted()).isTrue();
        assertThat(rowsOf("kitchen")).as("the view is taken the moment the kitchen starts, however short it runs:\n"
                + screen()).isNotEmpty();
        assertNothingLeft(screen());
    }

    @Test
    void aLabNotInTheProjectIsRefusedSayingWhereToWriteIt() {
        RunOptions options = RunOptions.builder().classpath(KitchenRuns.testClasspath()).workDir(work).build();

        assertThatThrownBy(() -> HandRun.run(new HandRun.Request(KitchensLab.LAB, work, options, false), said::add,
                new Screen(out, out))).isInstanceOf(HandRun.Refused.class)
                .hasMessage("lab 02 kitchens is not in this project: no class lab02.ManyKitchens was found among its "
                        + "compiled classes; write the lab in a package ending in .lab02, in a class named "
                        + "ManyKitchens, then run mvn kitchen:run -Dlab=02 again");
        assertThat(said).as("nothing started").isEmpty();
    }

    @Test
    void aLabNeedingANewerJdkIsRefusedNamingJavaHome() {
        RunOptions options = RunOptions.builder().classpath(KitchenRuns.testClasspath()).workDir(work).build();
        assumeTrue(Runtime.version().feature() < VirtualLab.LAB.minimumJdk(),
                "this JDK runs lab 15");

        assertThatThrownBy(() -> HandRun.run(new HandRun.Request(VirtualLab.LAB, work, options, false), said::add,
                new Screen(out, out))).isInstanceOf(HandRun.Refused.class)
                .hasMessageStartingWith("lab 15 virtual needs JDK 21 or newer, and this runs on JDK "
                        + Runtime.version().feature())
                .hasMessageEndingWith("point JAVA_HOME at a JDK 21+ and run mvn kitchen:run -Dlab=15 again");
    }

    /** A run of the class {@code mainClass}, found in a classes folder holding only it. */
    private HandRun.Request request(String mainClass, Duration tick) throws IOException {
        Path classes = work.resolve("classes");
        Path file = classes.resolve(mainClass.replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.createFile(file);
        RunOptions options = RunOptions.builder().tick(tick).classpath(KitchenRuns.testClasspath())
                .workDir(work.resolve("kitchen")).build();
        return new HandRun.Request(KitchensLab.LAB, classes, options, false);
    }

    private String screen() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<long[]> rowsOf(String who) {
        Matcher row = ROW.matcher(screen());
        List<long[]> rows = new ArrayList<>();
        while (row.find()) {
            if (row.group(3).equals(who)) {
                rows.add(new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
            }
        }
        return rows;
    }

    private void assertCooksUnder(long kitchenPid, String screen) {
        assertThat(rowsOf("kitchen")).as(screen).isNotEmpty().allMatch(row -> row[0] == kitchenPid);
        assertThat(rowsOf("cook")).as("cook processes under the kitchen:\n" + screen).isNotEmpty()
                .allMatch(row -> row[1] == kitchenPid && row[0] != kitchenPid);
        assertThat(screen.lines().filter(line -> line.startsWith(PsView.PREFIX)))
                .as("the view's header").anyMatch(line -> line.contains("PPID"));
    }

    private void assertNothingLeft(String screen) throws IOException {
        assertThat(rowsOf("kitchen").stream().map(row -> row[0]))
                .as("the kitchen is gone:\n" + screen).noneMatch(HandRunTest::alive);
        assertThat(rowsOf("cook").stream().map(row -> row[0]))
                .as("every cook is gone:\n" + screen).noneMatch(HandRunTest::alive);
        if (Files.isDirectory(Path.of("/proc"))) {
            assertThat(processesOfHandRuns())
                    .as("processes carrying the marker of a run by hand of this JVM, wherever they were reparented")
                    .isEmpty();
        }
    }

    /** The processes marked as those of a run by hand this JVM started. */
    private static List<Long> processesOfHandRuns() throws IOException {
        String ofThisJvm = KitchenEnvironment.marker(HandRun.runsOf(ProcessHandle.current().pid()));
        return KitchenRuns.processesWithEnvironment(entry -> entry.startsWith(ofThisJvm));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
