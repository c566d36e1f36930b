package dev.kitchenlab.plugin;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the kit colours its lines and draws a live line, from Maven's mode, the terminal and the environment. */
class ConsoleModeTest {
    private static final Map<String, String> XTERM = Map.of("TERM", "xterm-256color");

    private static ConsoleMode mode(boolean mavenColour, boolean interactive, boolean terminal,
                                    Map<String, String> env) {
        return new ConsoleMode(mavenColour, interactive, terminal, env);
    }

    @Test
    void aTerminalMavenColoursGetsColourAndALiveLine() {
        ConsoleMode here = mode(true, true, true, XTERM);

        assertThat(here.colour()).isTrue();
        assertThat(here.liveLine()).isTrue();
    }

    @Test
    void batchModeTurnsBothOffColourBecauseMavenTurnedItsOwnOff() {
        // -B: Maven switches its colours off itself, and is not interactive.
        ConsoleMode batch = mode(false, false, true, XTERM);

        assertThat(batch.colour()).isFalse();
        assertThat(batch.liveLine()).isFalse();
    }

    @Test
    void anyNonEmptyNoColorTurnsColourOffButNotTheLiveLine() {
        for (String value : new String[] {"1", "0", "yes", "false"}) {
            ConsoleMode noColour = mode(true, true, true, Map.of("TERM", "xterm", "NO_COLOR", value));
            assertThat(noColour.colour()).as("NO_COLOR=" + value).isFalse();
            assertThat(noColour.liveLine()).as("NO_COLOR=" + value).isTrue();
        }
    }

    @Test
    void anEmptyNoColorIsAsIfItWereUnset() {
        assertThat(mode(true, true, true, Map.of("TERM", "xterm", "NO_COLOR", "")).colour()).isTrue();
    }

    @Test
    void aDumbTerminalGetsNeitherColourNorALiveLine() {
        ConsoleMode dumb = mode(true, true, true, Map.of("TERM", "dumb"));

        assertThat(dumb.colour()).isFalse();
        assertThat(dumb.liveLine()).isFalse();
    }

    @Test
    void outputToAFileOrPipeGetsNoLiveLineEvenInteractively() {
        assertThat(mode(true, true, false, XTERM).liveLine()).isFalse();
    }

    @Test
    void noConsoleIsNoTerminal() {
        assertThat(ConsoleMode.aTerminal(null)).isFalse();
    }
}
