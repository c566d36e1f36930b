package dev.kitchenlab.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnProcessTest {
    @Test
    void theIdsAreThoseTheJdkKnows() {
        assertThat(OwnProcess.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(OwnProcess.parentPid()).isEqualTo(ProcessHandle.current().parent().orElseThrow().pid());
    }

    @Test
    void ownFilesAreReadWholeAndAMissingOneSaysSo() throws IOException {
        String status = new String(OwnProcess.readOwn("status"), StandardCharsets.US_ASCII);
        assertThat(status).contains("VmRSS:").contains("Pid:\t" + ProcessHandle.current().pid());
        assertThatThrownBy(() -> OwnProcess.readOwn("no-such-file")).isInstanceOf(IOException.class);
    }

    @Test
    void theParentFollowsTheLastParenthesisOfTheCommand() {
        assertThat(OwnProcess.parentIn("4242 (java) S 17 4242 17 0 -1 4194560")).isEqualTo(17);
        assertThat(OwnProcess.parentIn("4242 (a (weird) cook) R 9 4242 9 0")).isEqualTo(9);
        assertThat(OwnProcess.parentIn("1 (init) S 0 1 1 0")).isEqualTo(-1);
        assertThatThrownBy(() -> OwnProcess.parentIn("garbage")).isInstanceOf(NumberFormatException.class);
    }
}
