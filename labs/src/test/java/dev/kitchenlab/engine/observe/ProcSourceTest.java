package dev.kitchenlab.engine.observe;

import dev.kitchenlab.engine.KitchenRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Linux source reading real processes, checked against what {@code /proc/PID/status} and OSHI say of them. Alone
 * among this JVM's children: it follows this JVM's whole tree round by round.
 */
@ResourceLock(KitchenRuns.CHILD_PROCESSES)
class ProcSourceTest {
    private static final long TWO_MB = 2L * 1024 * 1024;

    private final List<Process> started = new ArrayList<>();
    private ProcSource source;

    /** A JVM holding a few more threads and a {@code sleep} child, until its stdin closes. */
    public static final class ThreadedSleeper {
        public static void main(String[] args) throws Exception {
            int threads = Integer.parseInt(args[0]);
            CountDownLatch never = new CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                Thread thread = new Thread(() -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "sleeper-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            Process child = new ProcessBuilder("sleep", "600").start();
            System.out.println("ready " + child.pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Until the test closes our stdin.
            }
            child.destroyForcibly().waitFor();
        }
    }

    @BeforeEach
    void linuxOnly() {
        source = ProcSource.open();
        assumeTrue(source != null, "/proc is Linux's");
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void readsAJvmsResidentSetAndThreadsAsItsStatusFileShowsThem() throws Exception {
        Process jvm = start(List.of(java(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                ThreadedSleeper.class.getName(), "7"));
        awaitReady(jvm);

        // A JVM starts and ends compiler and GC threads on its own: compare only while status holds still.
        for (int attempt = 0; ; attempt++) {
            Status before = Status.of(jvm.pid());
            ProcessReading reading = source.read(jvm.pid(), true, true);
            Status after = Status.of(jvm.pid());
            if (before.threads() != after.threads() && attempt < 50) {
                continue;
            }
            assertThat(reading.threads()).as("threads, as /proc/PID/status counts them").isEqualTo(after.threads())
                    .isGreaterThanOrEqualTo(8);
            long slack = Math.max(TWO_MB, after.rss() / 50);
            assertThat(reading.rss()).as("the resident set, within 2 %% or 2 MB of VmRSS")
                    .isBetween(Math.min(before.rss(), after.rss()) - slack,
                            Math.max(before.rss(), after.rss()) + slack);
            assertThat(reading.ppid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(reading.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(reading.command()).startsWith(java()).contains(ThreadedSleeper.class.getName() + " 7");
            assertThat(reading.vsz()).as("a JVM reserves its heap up front").isGreaterThan(reading.rss());
            assertThat(reading.openFiles()).as("stdin, stdout, stderr at least").isGreaterThanOrEqualTo(3);
            return;
        }
    }

    @Test
    void findsChildrenAndGrandchildrenWithTheirParents() throws Exception {
        // sh → (sh → sleep) and sh → sleep: a child with a child of its own, and a plain child.
        Process shell = start(List.of("sh", "-c", "sh -c 'sleep 600 & wait' & sleep 600 & wait"));
        List<Long> tree = awaitTree(shell.pid(), 4);

        assertThat(tree.get(0)).as("the root first").isEqualTo(shell.pid());
        assertThat(tree).as("the JDK's own view of the same tree").containsExactlyInAnyOrderElementsOf(jdkTree(shell));
        List<Long> below = tree.subList(1, tree.size());
        for (long pid : below) {
            ProcessReading reading = source.read(pid, true, false);
            long parent = ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElseThrow();
            assertThat(reading.ppid()).as("the parent of " + pid).isEqualTo(parent);
            assertThat(reading.threads()).isEqualTo(1);
            assertThat(reading.openFiles()).as("not counted when not asked").isEqualTo(-1);
        }
        assertThat(below).as("a grandchild, parented by a child")
                .anyMatch(pid -> below.contains(source.read(pid, false, false).ppid()));
    }

    @Test
    void keepsUpWithATreeRoundByRoundAsProcessesComeAndGo() throws Exception {
        long self = ProcessHandle.current().pid();
        assertThat(source.tree(self)).as("this JVM, before").containsExactlyInAnyOrderElementsOf(jdkTree());

        Process sleep = start(List.of("sleep", "600"));
        assertThat(source.tree(self)).as("a child started since the last round").contains(sleep.pid())
                .containsExactlyInAnyOrderElementsOf(jdkTree());

        Process shell = start(List.of("sh", "-c", "sleep 600 & wait"));
        for (int i = 0; i < 500 && shell.children().count() == 0; i++) {
            Thread.sleep(20);
        }
        long grandchild = shell.children().findFirst().orElseThrow().pid();
        assertThat(source.tree(self)).as("a child and its own child").contains(shell.pid(), grandchild)
                .containsExactlyInAnyOrderElementsOf(jdkTree());

        shell.destroyForcibly().waitFor();
        assertThat(source.tree(self)).as("a child ended: its child went to another parent, out of the tree")
                .doesNotContain(shell.pid(), grandchild).contains(sleep.pid())
                .containsExactlyInAnyOrderElementsOf(jdkTree());
        ProcessHandle.of(grandchild).ifPresent(ProcessHandle::destroyForcibly);

        sleep.destroyForcibly().waitFor();
        assertThat(source.tree(self)).as("this JVM, after").doesNotContain(sleep.pid())
                .containsExactlyInAnyOrderElementsOf(jdkTree());
    }

    @Test
    void withoutChildrenFilesScansEveryProcessAsTheJdkDoes() throws Exception {
        Process shell = start(List.of("sh", "-c", "sleep 600 & wait"));
        awaitTree(shell.pid(), 2);

        ProcChildren scan = new ProcChildren(new ProcFiles(), false);

        assertThat(scan.readsChildrenFiles()).isFalse();
        assertThat(scan.tree(shell.pid())).containsExactlyElementsOf(jdkTree(shell));
    }

    @Test
    void aProcessGoneBetweenListingAndReadingReadsAsGone() throws Exception {
        Process shell = start(List.of("sh", "-c", "sleep 600 & wait"));
        List<Long> tree = awaitTree(shell.pid(), 2);
        ProcessHandle sleep = ProcessHandle.of(tree.get(1)).orElseThrow();
        sleep.destroyForcibly();
        sleep.onExit().get(10, TimeUnit.SECONDS);
        // Its parent, sh, reaps it at once; until then it is a zombie, read as one.
        for (int i = 0; i < 100 && Files.exists(Path.of("/proc/" + sleep.pid())); i++) {
            Thread.sleep(20);
        }

        assertThat(source.read(sleep.pid(), true, true)).as("a process gone since it was listed").isNull();
        assertThat(source.read(sleep.pid(), false, false)).isNull();
        assertThat(source.tree(sleep.pid())).as("a gone root has no descendants").containsExactly(sleep.pid());
    }

    @Test
    void readsWhatOshiReadsForTheSameProcess() throws Exception {
        Process jvm = start(List.of(java(), "-cp", System.getProperty("java.class.path"),
                ThreadedSleeper.class.getName(), "3"));
        awaitReady(jvm);
        OshiSource oshi = new OshiSource();

        ProcessReading fast = source.read(jvm.pid(), true, true);
        ProcessReading portable = oshi.read(jvm.pid(), true, true);

        assertThat(fast.ppid()).isEqualTo(portable.ppid());
        assertThat(fast.user()).isEqualTo(portable.user());
        assertThat(fast.command()).isEqualTo(portable.command());
        assertThat(fast.startMillis()).as("the same boot time and tick").isEqualTo(portable.startMillis());
        assertThat(fast.state()).as("an idle JVM's launcher thread").isEqualTo(portable.state()).isEqualTo("sleeping");
        assertThat(fast.cpuMillis()).isLessThanOrEqualTo(portable.cpuMillis());
        assertThat(Math.abs(fast.rss() - portable.rss())).isLessThan(TWO_MB);
        assertThat(source.totalMemory()).isEqualTo(oshi.totalMemory());
    }

    @Test
    void readsTheLineWhateverTheCommandNameHolds() {
        String line = "42 (a) b (c) S 7 42 42 0 -1 4194560 1 0 0 0 250 30 0 0 20 0 3 0 1234 5000000 321 "
                + "18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";

        assertThat(parse(line)).isEqualTo(new ProcStat('S', 7, 250, 30, 3, 1234, 5_000_000, 321, 17));
        assertThat(parse(line.replace(" 17 1 ", " -1 1 ")).exitSignal()).as("a thread").isEqualTo(-1);
        assertThat(parse(line.substring(0, 30))).as("a line cut short").isNull();
    }

    private static ProcStat parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.US_ASCII);
        return ProcStat.parse(bytes, bytes.length);
    }

    private Process start(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        return process;
    }

    private static void awaitReady(Process jvm) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).startsWith("ready");
    }

    private List<Long> awaitTree(long root, int size) throws InterruptedException {
        List<Long> tree = source.tree(root);
        for (int i = 0; i < 500 && tree.size() < size; i++) {
            Thread.sleep(20);
            tree = source.tree(root);
        }
        assertThat(tree).hasSize(size);
        return tree;
    }

    private static List<Long> jdkTree() {
        List<Long> pids = new ArrayList<>(List.of(ProcessHandle.current().pid()));
        ProcessHandle.current().descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    private static List<Long> jdkTree(Process root) {
        List<Long> pids = new ArrayList<>(List.of(root.pid()));
        root.descendants().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** What {@code /proc/PID/status} says, the reference the observer's figures are held to. */
    private record Status(long rss, int threads) {
        static Status of(long pid) throws IOException {
            long rss = -1;
            int threads = -1;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                String[] parts = line.split("\\s+");
                if (parts[0].equals("VmRSS:")) {
                    rss = Long.parseLong(parts[1]) * 1024;
                } else if (parts[0].equals("Threads:")) {
                    threads = Integer.parseInt(parts[1]);
                }
            }
            return new Status(rss, threads);
        }
    }
}
