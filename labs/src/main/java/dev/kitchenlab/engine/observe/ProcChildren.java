package dev.kitchenlab.engine.observe;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a process tree up to date from {@code /proc}, reading as few files as a round allows, since each costs
 * 5 to 20 µs however small.
 *
 * <p>The tree is listed in full from {@code /proc/PID/task/TID/children}: one file per thread of each process of the
 * tree, where {@link ProcessHandle#descendants()} reads the {@code stat} of every process on the machine. Between two
 * rounds, a new process can only have a pid the kernel gave out since the last (it gives them in turn, and
 * {@code /proc/loadavg} ends with the last), so a round reads only those pids' {@code stat}; it lists in full again
 * when too many were given out, when the pids wrapped round, or when a process of the tree was found under another
 * parent (its parent ended). Kernels built without {@code CONFIG_PROC_CHILDREN} lack the {@code children} files; there
 * every round is the JDK's scan. Not thread-safe: one per observer.
 */
final class ProcChildren {
    // Past this many new pids in a round, listing the tree in full costs less than reading each.
    private static final int MOST_NEW_PIDS = 48;

    private final ProcFiles files;
    private final boolean childrenFiles;
    // The tree as last brought up to date: each pid with the parent it was found under (the root's is -1).
    private final Map<Long, Long> parents = new LinkedHashMap<>();
    private long listedRoot = -1;
    // The last pid given out when the tree was last brought up to date.
    private long lastPid = -1;
    private boolean stale = true;
    // Pids given out but not yet in /proc (a fork between taking its pid and showing it), to read again next round.
    private final List<Long> unseen = new ArrayList<>();

    ProcChildren(ProcFiles files) {
        // The main thread's task outlives its thread, so this file is there for as long as the JVM is.
        this(files, files.read("/proc/self/task/" + ProcessHandle.current().pid() + "/children") >= 0);
    }

    /** Reads {@code children} files or, without them, scans every process as a kernel without them needs. */
    ProcChildren(ProcFiles files, boolean childrenFiles) {
        this.files = files;
        this.childrenFiles = childrenFiles;
    }

    /** Whether the tree is read from {@code children} files rather than from a scan of every process. */
    boolean readsChildrenFiles() {
        return childrenFiles;
    }

    /**
     * The root's pid first, then every descendant alive now, and those ended since the last round until they are
     * {@linkplain #forget forgotten}.
     */
    List<Long> tree(long rootPid) {
        if (!childrenFiles) {
            List<Long> pids = new ArrayList<>();
            pids.add(rootPid);
            ProcessHandle.of(rootPid).ifPresent(root -> root.descendants().forEach(p -> pids.add(p.pid())));
            return pids;
        }
        long newest = newestPid();
        if (stale || rootPid != listedRoot || newest < 0 || newest < lastPid || newest - lastPid > MOST_NEW_PIDS) {
            listAll(rootPid);
        } else {
            addNew(newest);
        }
        lastPid = newest;
        return new ArrayList<>(parents.keySet());
    }

    /**
     * Whether a process of the tree, just read with parent {@code ppid}, is still below the one it was found under.
     * When not, its parent ended and it left the tree: it is forgotten, and the next round lists the tree afresh.
     */
    boolean stillBelow(long pid, long ppid) {
        Long parent = parents.get(pid);
        if (parent == null || parent < 0 || parent == ppid) {
            return true;
        }
        forget(pid);
        stale = true;
        return false;
    }

    /** Drops a process that has ended from the tree. */
    void forget(long pid) {
        if (pid != listedRoot) {
            parents.remove(pid);
        }
    }

    private void listAll(long rootPid) {
        parents.clear();
        unseen.clear();
        parents.put(rootPid, -1L);
        List<Long> found = new ArrayList<>();
        List<Long> walk = new ArrayList<>(List.of(rootPid));
        for (int i = 0; i < walk.size(); i++) {
            long parent = walk.get(i);
            found.clear();
            children(parent, found);
            for (long child : found) {
                // A pid reused while the tree is walked could lead it back on itself.
                if (!parents.containsKey(child)) {
                    parents.put(child, parent);
                    walk.add(child);
                }
            }
        }
        listedRoot = rootPid;
        stale = false;
    }

    // A child is listed under the thread that started it, so every thread of the process is read.
    private void children(long pid, List<Long> into) {
        String tasks = "/proc/" + pid + "/task/";
        String[] tids = new File(tasks).list();
        if (tids == null) {
            return;
        }
        for (String tid : tids) {
            int length = files.read(tasks + tid + "/children");
            if (length > 0) {
                files.numbers(length, into);
            }
        }
    }

    // Pids come in turn, so a child started since the last round has one of these; a parent has a lower one.
    private void addNew(long newest) {
        List<Long> again = new ArrayList<>(unseen);
        unseen.clear();
        for (long pid : again) {
            consider(pid, false);
        }
        for (long pid = lastPid + 1; pid <= newest; pid++) {
            consider(pid, true);
        }
    }

    private void consider(long pid, boolean firstTime) {
        int length = files.read("/proc/" + pid + "/stat");
        ProcStat stat = length < 0 ? null : ProcStat.parse(files.bytes(), length);
        if (stat == null) {
            if (firstTime) {
                unseen.add(pid);
            }
            return;
        }
        if (stat.exitSignal() >= 0 && parents.containsKey(stat.ppid()) && !parents.containsKey(pid)) {
            parents.put(pid, stat.ppid());
        }
    }

    // The last field of /proc/loadavg is the last pid given out; -1 when unreadable, which lists in full.
    private long newestPid() {
        int length = files.read("/proc/loadavg");
        byte[] bytes = files.bytes();
        int end = length;
        while (end > 0 && (bytes[end - 1] < '0' || bytes[end - 1] > '9')) {
            end--;
        }
        long pid = 0;
        long scale = 1;
        int at = end - 1;
        while (at >= 0 && bytes[at] >= '0' && bytes[at] <= '9') {
            pid += (bytes[at--] - '0') * scale;
            scale *= 10;
        }
        return at < 0 || bytes[at] != ' ' ? -1 : pid;
    }
}
