package dev.kitchenlab.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a kitchen is started on this machine. Where the system has {@code setsid} (Linux), the kitchen starts in a
 * session of its own, so that every process under it shares that session even after its parent is gone and its
 * environment was cleared, and the sweep after the run finds it. Elsewhere the kitchen starts as it is.
 */
final class Launch {
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final Launch HERE = new Launch(SETSID.stream().filter(Files::isExecutable).findFirst());

    private final Optional<Path> setsid;

    private Launch(Optional<Path> setsid) {
        this.setsid = setsid;
    }

    /** How kitchens start on this machine. */
    static Launch here() {
        return HERE;
    }

    /** The command that starts the kitchen: {@code setsid java …} where there is one, else {@code java …}. */
    List<String> command(List<String> java) {
        if (setsid.isEmpty()) {
            return java;
        }
        List<String> command = new ArrayList<>();
        command.add(setsid.get().toString());
        command.addAll(java);
        return command;
    }

    /** Whether the kitchen leads a session of its own (its pid is its session's id). */
    boolean ownSession() {
        return setsid.isPresent();
    }
}
