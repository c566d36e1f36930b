package dev.kitchenlab.engine.byhand;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a kitchen and every process under it through OSHI, as {@code ps u -p PID} and {@code ps u --ppid PID} would
 * in another terminal: the kitchen first, then each process after its parent, older first.
 */
public final class TreeSnapshot {
    private TreeSnapshot() {
    }

    /**
     * Makes OSHI ready (about 100 ms, more on a busy machine) before the kitchen starts, so that the first view is
     * taken the moment it runs, even of a kitchen that ends within a second.
     */
    public static void prepare() {
        Oshi.OS.getProcessId();
    }

    /** The kitchen {@code rootPid} and the processes under it that are still there; empty once the kitchen is gone. */
    public static List<PsRow> take(long rootPid) {
        List<ProcessHandle> tree = new ArrayList<>();
        ProcessHandle.of(rootPid).ifPresent(root -> {
            tree.add(root);
            root.descendants().sorted(Comparator.comparingLong(ProcessHandle::pid)).forEach(tree::add);
        });
        List<PsRow> rows = new ArrayList<>();
        for (ProcessHandle process : tree) {
            OSProcess seen = Oshi.OS.getProcess((int) process.pid());
            if (seen != null) {
                rows.add(row(seen, rootPid));
            }
        }
        return inTreeOrder(rows);
    }

    private static PsRow row(OSProcess process, long rootPid) {
        String who = process.getProcessID() == rootPid ? "kitchen"
                : process.getName().startsWith("java") ? "cook" : process.getName();
        long cpu = process.getUserTime() + process.getKernelTime();
        double percent = 100.0 * cpu / Math.max(1, process.getUpTime());
        return new PsRow(process.getProcessID(), process.getParentProcessID(), who, percent,
                process.getResidentSetSize() / 1024, process.getVirtualSize() / 1024, process.getThreadCount(),
                process.getState().name().toLowerCase(Locale.ROOT));
    }

    /** Each process right after its parent (or its parent's last descendant), so the view reads as a tree. */
    private static List<PsRow> inTreeOrder(List<PsRow> rows) {
        List<PsRow> ordered = new ArrayList<>();
        if (!rows.isEmpty()) {
            addWithChildren(rows.get(0), rows, ordered);
        }
        rows.stream().filter(row -> !ordered.contains(row)).forEach(ordered::add);
        return ordered;
    }

    private static void addWithChildren(PsRow parent, List<PsRow> rows, List<PsRow> ordered) {
        ordered.add(parent);
        rows.stream().filter(row -> row.ppid() == parent.pid() && row != parent)
                .forEach(child -> addWithChildren(child, rows, ordered));
    }

    /** OSHI's entry point, made once: creating it costs about 100 ms. */
    private static final class Oshi {
        static final OperatingSystem OS = new SystemInfo().getOperatingSystem();
    }
}
