package dev.kitchenlab.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Stops a kitchen and every process of its run, so that none outlives its check: the tree below the kitchen (each
 * child found before its parent dies, since an orphan leaves the tree), the processes the observer saw, and, where
 * the operating system lets the kit read the process table ({@code /proc}), every process that carries the run's
 * marker in its environment or shares the kitchen's session, wherever it was reparented to (a double fork, a
 * {@code setsid}). The search is repeated, for a process that forks while it is being stopped.
 */
final class ProcessSweep {
    private static final int ROUNDS = 5;
    private static final Path PROC = Path.of("/proc");

    /**
     * A process of the run the sweep stopped.
     *
     * @param pid its pid
     * @param command its program, as {@code ps} would name it ({@code sleep}, {@code java})
     */
    record Stopped(long pid, String command) {
        /** {@code sleep (pid 4711)}. */
        String describe() {
            return command + " (pid " + pid + ")";
        }
    }

    /** What to sweep for: the kitchen, the pids seen, the run's marker, and whether the kitchen leads a session. */
    record Run(ProcessHandle kitchen, Set<Long> seenPids, Instant started, String marker, boolean ownSession) {
    }

    private ProcessSweep() {
    }

    /** Stops every process of the run that is alive; returns them all, the kitchen included when it was alive. */
    static List<Stopped> stopAll(Run run) {
        Map<Long, Stopped> stopped = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<ProcessHandle> targets = targets(run);
            if (targets.isEmpty()) {
                break;
            }
            for (ProcessHandle target : targets) {
                stopped.putIfAbsent(target.pid(), new Stopped(target.pid(), command(target)));
                target.destroyForcibly();
            }
            for (ProcessHandle target : targets) {
                try {
                    target.onExit().get(2, TimeUnit.SECONDS);
                } catch (Exception stillThere) {
                    // Tried again in the next round.
                }
            }
        }
        return List.copyOf(stopped.values());
    }

    private static List<ProcessHandle> targets(Run run) {
        Map<Long, ProcessHandle> targets = new LinkedHashMap<>();
        if (run.kitchen().isAlive()) {
            targets.put(run.kitchen().pid(), run.kitchen());
            run.kitchen().descendants().forEach(p -> targets.putIfAbsent(p.pid(), p));
        }
        for (long pid : run.seenPids()) {
            ProcessHandle.of(pid).filter(p -> startedAfter(p, run.started())).ifPresent(p -> {
                targets.putIfAbsent(p.pid(), p);
                p.descendants().forEach(d -> targets.putIfAbsent(d.pid(), d));
            });
        }
        for (long pid : markedInTheProcessTable(run)) {
            ProcessHandle.of(pid).ifPresent(p -> {
                targets.putIfAbsent(p.pid(), p);
                p.descendants().forEach(d -> targets.putIfAbsent(d.pid(), d));
            });
        }
        // Never this JVM nor any of its ancestors, whatever a process table says.
        targets.remove(ProcessHandle.current().pid());
        ProcessHandle.current().parent().ifPresent(parent -> removeWithAncestors(targets, parent));
        return targets.values().stream().filter(ProcessHandle::isAlive).toList();
    }

    private static void removeWithAncestors(Map<Long, ProcessHandle> targets, ProcessHandle process) {
        for (Optional<ProcessHandle> p = Optional.of(process); p.isPresent(); p = p.get().parent()) {
            targets.remove(p.get().pid());
        }
    }

    /** Processes carrying the run's marker or in the kitchen's own session, where {@code /proc} tells (Linux). */
    private static List<Long> markedInTheProcessTable(Run run) {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        List<Long> marked = new ArrayList<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                long pid = Long.parseLong(name);
                if (carries(entry.resolve("environ"), run.marker())
                        || run.ownSession() && session(pid).orElse(-1L) == run.kitchen().pid()) {
                    marked.add(pid);
                }
            }
        } catch (IOException unreadable) {
            // No process table to read: the tree and the pids seen are what there is.
        }
        return marked;
    }

    private static boolean carries(Path environ, String marker) {
        try {
            String entries = new String(Files.readAllBytes(environ), StandardCharsets.UTF_8);
            for (String entry : entries.split("\0")) {
                if (entry.equals(marker)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | SecurityException notOurs) {
            return false;
        }
    }

    /** The session a process belongs to, from {@code /proc/PID/stat}, where there is one. */
    static Optional<Long> session(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(String.valueOf(pid)).resolve("stat"));
            // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses, so read after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[3]));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The program a process runs, as {@code ps} would name it. */
    private static String command(ProcessHandle process) {
        try {
            String comm = Files.readString(PROC.resolve(String.valueOf(process.pid())).resolve("comm")).trim();
            if (!comm.isEmpty()) {
                return comm;
            }
        } catch (IOException | RuntimeException notHere) {
            // Not Linux, or already gone: the JDK's view below.
        }
        return process.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("a process");
    }

    /** Whether the process is one of this run's, not an older process that got a reused pid. */
    private static boolean startedAfter(ProcessHandle process, Instant notBefore) {
        Optional<Instant> start = process.info().startInstant();
        return start.isPresent() && !start.get().isBefore(notBefore.minusSeconds(1));
    }
}
