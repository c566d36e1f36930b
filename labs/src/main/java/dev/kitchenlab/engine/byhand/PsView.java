package dev.kitchenlab.engine.byhand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Words the kitchen's tree as a block of {@code ps}-like lines, each prefixed so that it stands apart from the lab's
 * own output, and decides when a new block is worth printing: only when something a student would look for has
 * changed (a process came or went, a thread count or a state changed, memory grew or shrank by a quarter), so that a
 * sleeping kitchen does not drown its greetings in identical lines.
 */
public final class PsView {
    /** What starts every line of the view. */
    public static final String PREFIX = "  ps │ ";
    private static final String COLUMNS = "%7s %7s %5s %9s %10s %7s  %-9s %s";
    // Memory that moved by this share of itself is worth a new block; less is the JVM settling.
    private static final double MEMORY_STEP = 0.25;

    private PsView() {
    }

    /** The block for one sample: a header (with the seconds since the kitchen started), then a line per process. */
    public static List<String> lines(List<PsRow> rows, long secondsIn) {
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + String.format(Locale.ROOT, COLUMNS, "PID", "PPID", "%CPU", "RSS KiB", "VSZ KiB", "THREADS",
                "STATE", "WHO  (" + secondsIn + " s in)"));
        Map<Long, Integer> depth = new HashMap<>();
        for (PsRow row : rows) {
            int level = depth.containsKey(row.ppid()) ? depth.get(row.ppid()) + 1 : 0;
            depth.put(row.pid(), level);
            String who = level == 0 ? row.who() : "  ".repeat(level - 1) + "└ " + row.who();
            lines.add(PREFIX + String.format(Locale.ROOT, "%7d %7d %5.1f %9d %10d %7d  %-9s %s", row.pid(),
                    row.ppid(), row.cpuPercent(), row.rssKib(), row.vszKib(), row.threads(), row.state(), who));
        }
        return lines;
    }

    /** Whether {@code now} differs from {@code shown} enough to print it: the first sample always does. */
    public static boolean changedFrom(List<PsRow> shown, List<PsRow> now) {
        if (shown == null || shown.size() != now.size()) {
            return true;
        }
        for (int i = 0; i < now.size(); i++) {
            PsRow before = shown.get(i);
            PsRow after = now.get(i);
            if (before.pid() != after.pid() || before.threads() != after.threads()
                    || !Objects.equals(before.state(), after.state())
                    || Math.abs(after.rssKib() - before.rssKib()) > MEMORY_STEP * Math.max(1, before.rssKib())) {
                return true;
            }
        }
        return false;
    }
}
