package dev.kitchenlab.events;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * This JVM's process id and its parent's, read from {@code /proc/self} where there is one, through
 * {@link ProcessHandle} elsewhere. A kitchen needs both before the lab's {@code main} starts, and the first use of
 * {@code ProcessHandle} there cost some 20 ms of its start (its implementation sets up a thread pool with a lambda,
 * which links the JVM's whole lambda machinery): a plain program pays none of it. The files are read with
 * {@code java.io}, which the JVM has running before {@code main}: the first use of {@code java.nio.file} loads some
 * eighty classes and two native libraries, a few milliseconds of every kitchen's and cook's start.
 */
public final class OwnProcess {
    private static final String SELF = "/proc/self";

    private OwnProcess() {
    }

    /** This JVM's process id. */
    public static long pid() {
        try {
            // /proc/self is a link to /proc/PID; where there is no /proc it stays "self", which is no number.
            return Long.parseLong(new File(SELF).getCanonicalFile().getName());
        } catch (IOException | NumberFormatException | SecurityException noProc) {
            return ProcessHandle.current().pid();
        }
    }

    /** The process id of this JVM's parent, or -1 when it has none any more. */
    public static long parentPid() {
        try {
            return parentIn(new String(readOwn("stat"), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException noProc) {
            Optional<ProcessHandle> parent = ProcessHandle.current().parent();
            return parent.isPresent() ? parent.get().pid() : -1;
        }
    }

    /**
     * A file of this process's {@code /proc/self}, whole ({@code "status"}, {@code "stat"}).
     *
     * @throws IOException where there is no such file, as on an operating system without {@code /proc}
     */
    public static byte[] readOwn(String name) throws IOException {
        try (FileInputStream in = new FileInputStream(SELF + File.separator + name)) {
            return in.readAllBytes();
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
