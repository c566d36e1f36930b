package dev.kitchenlab.engine.observe;

import dev.kitchenlab.engine.KitchenRuns;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.evidence.ProcessTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The observer watching real JVMs: a kitchen that starts a busy child and waits for it. Alone among this JVM's children:
 * the busy child must get a fair share of a core, which EveryLabTest's programs beside it took (it got 14 % of one
 * beside six of them and two busy loops).
 */
@ResourceLock(KitchenRuns.CHILD_PROCESSES)
class ProcessTreeObserverTest {

    /** A kitchen that forks one cook JVM spinning for 600 ms, then waits for it. */
    public static final class SpinningKitchen {
        public static void main(String[] args) throws Exception {
            if (args.length > 0) {
                long end = System.nanoTime() + 600_000_000L;
                long spins = 0;
                while (System.nanoTime() < end) {
                    spins++;
                }
                System.exit(spins > 0 ? 0 : 1);
            }
            Process cook = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    SpinningKitchen.class.getName(), "cook").inheritIO().start();
            System.exit(cook.waitFor());
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @ParameterizedTest
    @EnumSource(names = {"PROC", "OSHI"})
    void seesTheKitchenItsChildAndWhoWasBusy(ProcessTreeObserver.Source source) throws Exception {
        assumeTrue(source != ProcessTreeObserver.Source.PROC || ProcSource.open() != null, "/proc is Linux's");
        Process kitchen = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                SpinningKitchen.class.getName()).inheritIO().start();
        ProcessTreeObserver observer = ProcessTreeObserver.watch(kitchen.pid(), Duration.ofMillis(50),
                ProcessTreeObserver.Limits.NONE, false, source);
        assertThat(kitchen.waitFor()).isZero();
        ProcessTree tree = observer.stop();

        ProcessRecord root = tree.root().orElseThrow();
        assertThat(root.pid()).isEqualTo(kitchen.pid());
        assertThat(root.user()).isEqualTo(System.getProperty("user.name"));
        assertThat(root.peakRss()).as("the kitchen's resident set").isGreaterThan(10L * 1024 * 1024);
        assertThat(root.last().memPercent()).as("%MEM, as ps u shows it").isBetween(0.0, 100.0)
                .isCloseTo(100.0 * root.last().rss() / tree.totalMemory(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(root.peakVsz()).as("a JVM reserves its heap up front").isGreaterThan(root.peakRss());
        assertThat(root.peakThreads()).as("a JVM's own threads").isGreaterThan(5);

        List<ProcessRecord> cooks = tree.descendants();
        assertThat(cooks).hasSize(1);
        ProcessRecord cook = cooks.get(0);
        assertThat(cook.samples()).as("open files are not counted unless asked").allMatch(s -> s.openFiles() == -1);
        assertThat(cook.ppid()).isEqualTo(kitchen.pid());
        assertThat(cook.samples()).as("a busy cook counts as running, whatever the launcher thread says")
                // A share of a core, not a whole one: on a busy machine a spinning cook gets a third of one or less.
                .anyMatch(s -> s.state().equals("running") && s.cpuPercent() > 15);
        assertThat(tree.peakConcurrentDescendants()).isEqualTo(1);
        assertThat(tree.totalCpuMillis()).isGreaterThanOrEqualTo(cook.cpuMillis());
    }

    @ParameterizedTest
    @EnumSource(names = {"PROC", "OSHI"})
    void countsOpenFilesWhenTheLabJudgesThem(ProcessTreeObserver.Source source) {
        assumeTrue(source != ProcessTreeObserver.Source.PROC || ProcSource.open() != null, "/proc is Linux's");
        long self = ProcessHandle.current().pid();

        ProcessTree tree = ProcessTreeObserver.watch(self, Duration.ofMillis(50), ProcessTreeObserver.Limits.NONE,
                true, source).stop();

        assertThat(tree.root().orElseThrow().first().openFiles()).as("this JVM's jars and its stdin, stdout, stderr")
                .isGreaterThan(3);
    }

    @Test
    void aProcessThatIsAlreadyGoneLeavesAnEmptyTree() throws Exception {
        Process gone = new ProcessBuilder(java(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        gone.waitFor();

        ProcessTree tree = ProcessTreeObserver.watch(gone.pid(), Duration.ofMillis(50)).stop();

        assertThat(tree.root()).isEmpty();
        assertThat(tree.descendants()).isEmpty();
    }
}
