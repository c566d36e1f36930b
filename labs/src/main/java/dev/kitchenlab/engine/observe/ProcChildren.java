package dev.kitchenlab.engine.observe;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists a process tree from {@code /proc/PID/task/TID/children}: a handful of reads for the processes of the tree,
 * where {@link ProcessHandle#descendants()} reads the {@code stat} of every process on the machine. Kernels built
 * without {@code CONFIG_PROC_CHILDREN} lack those files; there it falls back on the JDK's scan.
 */
final class ProcChildren {
    private final ProcFiles files;
    private final boolean childrenFiles;

    ProcChildren(ProcFiles files) {
        this.files = files;
        long self = ProcessHandle.current().pid();
        // The main thread's task outlives its thread, so this file is there for as long as the JVM is.
        this.childrenFiles = files.read("/proc/self/task/" + self + "/children") >= 0;
    }

    /** Whether the tree is read from {@code children} files rather than from a scan of every process. */
    boolean readsChildrenFiles() {
        return childrenFiles;
    }

    /** The root's pid first, then every descendant alive now. */
    List<Long> tree(long rootPid) {
        List<Long> pids = new ArrayList<>();
        pids.add(rootPid);
        if (!childrenFiles) {
            ProcessHandle.of(rootPid).ifPresent(root -> root.descendants().forEach(p -> pids.add(p.pid())));
            return pids;
        }
        // A pid reused while the tree is walked could make it loop back on itself.
        Set<Long> listed = new HashSet<>(pids);
        for (int i = 0; i < pids.size(); i++) {
            int known = pids.size();
            children(pids.get(i), pids);
            for (int j = known; j < pids.size(); j++) {
                if (!listed.add(pids.get(j))) {
                    pids.remove(j--);
                }
            }
        }
        return pids;
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
}
