package dev.kitchenlab.engine.observe;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Linux source: reads {@code /proc} directly, a {@code stat} and a {@code statm} file per process and round, and
 * gives what OSHI would give for the same process, in the same units and roundings.
 */
final class ProcSource implements ProcessSource {
    private final ProcFiles files;
    private final ProcSystem system;
    private final ProcChildren children;
    // Each process's stat as the last tree() read it, for read() to use once in the same round.
    private final Map<Long, ProcStat> listed = new HashMap<>();

    private ProcSource(ProcFiles files, ProcSystem system) {
        this.files = files;
        this.system = system;
        this.children = new ProcChildren(files);
    }

    /** A source reading {@code /proc}, or null where there is no {@code /proc} to read (not Linux, or hidden). */
    static ProcSource open() {
        ProcFiles files = new ProcFiles();
        ProcSystem system = ProcSystem.read(files);
        if (system == null) {
            return null;
        }
        int length = files.read("/proc/self/stat");
        if (length < 0 || ProcStat.parse(files.bytes(), length) == null) {
            return null;
        }
        return new ProcSource(files, system);
    }

    @Override
    public List<Long> tree(long rootPid) {
        listed.clear();
        List<Long> pids = new ArrayList<>();
        for (long pid : children.tree(rootPid)) {
            ProcStat stat = stat(pid);
            if (stat == null) {
                children.forget(pid);
                // The root stays listed, as the JDK lists it: reading it then tells it has gone.
                if (pid == rootPid) {
                    pids.add(pid);
                }
            } else if (children.stillBelow(pid, stat.ppid())) {
                listed.put(pid, stat);
                pids.add(pid);
            }
        }
        return pids;
    }

    @Override
    public ProcessReading read(long pid, boolean identity, boolean openFiles) {
        String dir = "/proc/" + pid;
        String user = null;
        String command = null;
        if (identity) {
            user = owner(dir);
            command = commandLine(dir + "/cmdline");
        }
        long fds = -1;
        if (openFiles) {
            String[] names = new File(dir + "/fd").list();
            fds = names == null ? 0 : names.length;
        }
        ProcStat stat = listed.remove(pid);
        if (stat == null) {
            stat = stat(pid);
        }
        if (stat == null || (identity && user == null)) {
            return null;
        }
        // statm counts the resident set exactly where stat may estimate it (kernels from 6.2 on); OSHI reads it too.
        int statm = files.read(dir + "/statm");
        long rssPages = statm < 0 ? stat.rssPages() : secondNumber(files.bytes(), statm, stat.rssPages());
        long now = System.currentTimeMillis();
        // The boot time is whole seconds and the start a tick: a process just started could seem to start ahead.
        long start = Math.min(system.epochMillis(stat.startTicks()), now - 1);
        long cpu = system.millis(stat.userTicks()) + system.millis(stat.systemTicks());
        return new ProcessReading(pid, stat.ppid(), user, command, start, cpu, state(stat.state()),
                rssPages * system.pageSize(), stat.vsize(), stat.threads(), fds);
    }

    @Override
    public long totalMemory() {
        return system.totalMemory();
    }

    private ProcStat stat(long pid) {
        int length = files.read("/proc/" + pid + "/stat");
        return length < 0 ? null : ProcStat.parse(files.bytes(), length);
    }

    // statm is "size resident shared text lib data dt", in pages.
    private static long secondNumber(byte[] bytes, int length, long otherwise) {
        int at = 0;
        while (at < length && bytes[at] != ' ') {
            at++;
        }
        long value = 0;
        int digits = 0;
        for (at++; at < length && bytes[at] >= '0' && bytes[at] <= '9'; at++) {
            value = value * 10 + (bytes[at] - '0');
            digits++;
        }
        return digits == 0 ? otherwise : value;
    }

    // The owner of /proc/PID is the process's effective user, the one ps u shows.
    private static String owner(String dir) {
        try {
            return Files.getOwner(Path.of(dir)).getName();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    // As OSHI shows it: arguments joined by spaces, trailing NULs dropped, first line only.
    private String commandLine(String path) {
        int length = files.read(path);
        if (length <= 0) {
            return "";
        }
        byte[] bytes = files.bytes();
        int end = 0;
        while (end < length && bytes[end] != '\n') {
            end++;
        }
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        String line = new String(bytes, 0, end, StandardCharsets.UTF_8);
        return line.replace('\0', ' ');
    }

    // OSHI's names for the state letters (OSProcess.State), lower case as the observer records them.
    private static String state(char letter) {
        return switch (letter) {
            case 'R' -> "running";
            case 'S' -> "sleeping";
            case 'D' -> "waiting";
            case 'Z' -> "zombie";
            case 'T' -> "stopped";
            default -> "other";
        };
    }
}
