package dev.kitchenlab.engine.observe;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The portable source: the JDK lists the tree and OSHI reads each process, on Linux, macOS and Windows alike.
 * One {@code getProcess} costs 0.2 to 0.5 ms, as it reads more than the observer needs.
 */
final class OshiSource implements ProcessSource {

    @Override
    public List<Long> tree(long rootPid) {
        List<Long> pids = new ArrayList<>();
        pids.add(rootPid);
        ProcessHandle.of(rootPid).ifPresent(root -> root.descendants().forEach(p -> pids.add(p.pid())));
        return pids;
    }

    @Override
    public ProcessReading read(long pid, boolean identity, boolean openFiles) {
        OSProcess process = Oshi.OS.getProcess((int) pid);
        if (process == null) {
            return null;
        }
        return new ProcessReading(process.getProcessID(), process.getParentProcessID(),
                identity ? process.getUser() : null, identity ? process.getCommandLine() : null,
                process.getStartTime(), process.getUserTime() + process.getKernelTime(),
                process.getState().name().toLowerCase(Locale.ROOT), process.getResidentSetSize(),
                process.getVirtualSize(), process.getThreadCount(), openFiles ? process.getOpenFiles() : -1);
    }

    @Override
    public long totalMemory() {
        return Oshi.TOTAL_MEMORY;
    }

    /** OSHI's entry points, made once and only when this source is used: creating them costs about 100 ms. */
    static final class Oshi {
        static final SystemInfo SYSTEM = new SystemInfo();
        static final OperatingSystem OS = SYSTEM.getOperatingSystem();
        static final long TOTAL_MEMORY = SYSTEM.getHardware().getMemory().getTotal();
    }
}
