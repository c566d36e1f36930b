package dev.kitchenlab.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * This JVM's process id and its parent's, read from {@code /proc/self} where there is one, through
 * {@link ProcessHandle} elsewhere. A kitchen needs both before the lab's {@code main} starts, and the first use of
 * {@code ProcessHandle} there cost some 20 ms of its start (its implementation sets up a thread pool with a lambda,
 * which links the JVM's whole lambda machinery): a plain program pays none of it.
 */
public final class OwnProcess {
    private static final Path SELF = Path.of("/proc/self");

    private OwnProcess() {
    }

    /** This JVM's process id. */
    public static long pid() {
        try {
            return Long.parseLong(Files.readSymbolicLink(SELF).getFileName().toString());
        } catch (IOException | UnsupportedOperationException | NumberFormatException | SecurityException noProc) {
            return ProcessHandle.current().pid();
        }
    }

    /** The process id of this JVM's parent, or -1 when it has none any more. */
    public static long parentPid() {
        try {
            return parentIn(new String(Files.readAllBytes(SELF.resolve("stat")), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException noProc) {
            Optional<ProcessHandle> parent = ProcessHandle.current().parent();
            return parent.isPresent() ? parent.get().pid() : -1;
        }
    }

    /**
     * The parent's pid in a {@code /proc/PID/stat} line: the field after the state, which follows the command in
     * parentheses (a command may itself hold spaces and parentheses, so the last closing one ends it).
     *
     * @throws NumberFormatException when the line is not of that form
     */
    static long parentIn(String stat) {
        int afterCommand = stat.lastIndexOf(')');
        if (afterCommand < 0) {
            throw new NumberFormatException("no command in " + stat);
        }
        // ") S 4242 ...": skip the space, the state and the space after it.
        int start = afterCommand + 4;
        int end = start;
        while (end < stat.length() && Character.isDigit(stat.charAt(end))) {
            end++;
        }
        long parent = Long.parseLong(stat.substring(start, end));
        // The kernel's own processes, and one whose parent is gone from its namespace, show 0.
        return parent == 0 ? -1 : parent;
    }
}
