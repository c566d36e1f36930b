package dev.kitchenlab.engine.byhand;

import java.util.Locale;

/**
 * The commands a student can type in another terminal to look at a kitchen as the talk does: the process itself
 * ({@code ps u -p}), its threads ({@code ps -T -p}) and its cook processes ({@code ps u --ppid}), in the form this
 * operating system's tools take them (macOS lists threads with {@code -M} and has no {@code --ppid}; Windows has no
 * {@code ps}).
 */
public final class PsCommands {
    private PsCommands() {
    }

    /** The commands for the process {@code pid} on the operating system named {@code osName} ({@code os.name}). */
    public static String toTry(long pid, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "tasklist /v /fi \"PID eq " + pid + "\"   (PowerShell) Get-CimInstance Win32_Process -Filter "
                    + "\"ParentProcessId=" + pid + "\"";
        }
        if (os.startsWith("mac")) {
            return "ps u -p " + pid + "   ps -M -p " + pid + "   pgrep -lP " + pid;
        }
        return "ps u -p " + pid + "   ps -T -p " + pid + "   ps u --ppid " + pid;
    }
}
