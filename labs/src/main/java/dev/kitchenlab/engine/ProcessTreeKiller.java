package dev.kitchenlab.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Stops a kitchen and every process below it, so that no process of a lab outlives its check. Children are
 * found before their parent dies (an orphan leaves the tree), and the search is repeated, for a cook that
 * forks while it is being stopped.
 */
final class ProcessTreeKiller {
    private static final int ROUNDS = 5;

    private ProcessTreeKiller() {
    }

    /**
     * Kills the tree under {@code root} and any other of the given pids still alive that started after
     * {@code notBefore} (orphans seen earlier). Returns the pids that were alive and were killed.
     */
    static List<Long> killAll(ProcessHandle root, Set<Long> seenPids, Instant notBefore) {
        Map<Long, ProcessHandle> killed = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<ProcessHandle> targets = new ArrayList<>();
            if (root.isAlive()) {
                targets.add(root);
                root.descendants().forEach(targets::add);
            }
            for (long pid : seenPids) {
                ProcessHandle.of(pid).filter(p -> startedAfter(p, notBefore)).ifPresent(p -> {
                    targets.add(p);
                    p.descendants().forEach(targets::add);
                });
            }
            targets.removeIf(p -> !p.isAlive());
            if (targets.isEmpty()) {
                break;
            }
            for (ProcessHandle target : targets) {
                target.destroyForcibly();
                killed.putIfAbsent(target.pid(), target);
            }
            for (ProcessHandle target : targets) {
                try {
                    target.onExit().get(2, TimeUnit.SECONDS);
                } catch (Exception stillThere) {
                    // Tried again in the next round.
                }
            }
        }
        return List.copyOf(killed.keySet());
    }

    /** Whether the process is one of this run's, not an older process that got a reused pid. */
    private static boolean startedAfter(ProcessHandle process, Instant notBefore) {
        Optional<Instant> start = process.info().startInstant();
        return start.isPresent() && !start.get().isBefore(notBefore.minusSeconds(1));
    }
}
