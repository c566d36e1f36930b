package dev.kitchenlab.engine.byhand;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands printed to look at a kitchen from another terminal, in the form each system's tools take. */
class PsCommandsTest {
    @Test
    void linuxGetsTheTalksCommands() {
        assertThat(PsCommands.toTry(4711, "Linux")).isEqualTo("ps u -p 4711   ps -T -p 4711   ps u --ppid 4711");
    }

    @Test
    void macOsListsThreadsWithDashMAndCooksWithPgrep() {
        assertThat(PsCommands.toTry(4711, "Mac OS X")).isEqualTo("ps u -p 4711   ps -M -p 4711   pgrep -lP 4711");
    }

    @Test
    void windowsGetsTasklistAndPowerShellForItsCooks() {
        assertThat(PsCommands.toTry(4711, "Windows 11")).startsWith("tasklist /v /fi \"PID eq 4711\"")
                .contains("ParentProcessId=4711").doesNotContain("ps u");
    }
}
