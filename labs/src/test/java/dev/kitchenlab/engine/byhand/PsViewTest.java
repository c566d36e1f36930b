package dev.kitchenlab.engine.byhand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live view of a run by hand, from made-up samples: what a student reads beside the lab's output. */
class PsViewTest {
    private static final PsRow KITCHEN = new PsRow(4711, 4700, "kitchen", 12.5, 45_312, 3_123_456, 21, "sleeping");
    private static final PsRow COOK = new PsRow(4720, 4711, "cook", 3.0, 30_100, 3_000_000, 14, "sleeping");
    private static final PsRow SLEEP = new PsRow(4730, 4720, "sleep", 0.0, 900, 5_000, 1, "sleeping");

    @Test
    void aBlockIsAHeaderThenTheKitchenThenEachProcessUnderItsParentEveryLinePrefixed() {
        List<String> lines = PsView.lines(List.of(KITCHEN, COOK, SLEEP), 3);

        assertThat(lines).hasSize(4).allMatch(line -> line.startsWith(PsView.PREFIX));
        assertThat(lines.get(0)).as("the header names ps's columns and how long the kitchen ran")
                .containsSubsequence("PID", "PPID", "%CPU", "RSS KiB", "VSZ KiB", "THREADS", "STATE", "WHO")
                .endsWith("(3 s in)");
        assertThat(lines.get(1)).isEqualTo(
                "  ps │    4711    4700  12.5     45312    3123456      21  sleeping  kitchen");
        assertThat(lines.get(2)).isEqualTo(
                "  ps │    4720    4711   3.0     30100    3000000      14  sleeping  └ cook");
        assertThat(lines.get(3)).as("a grandchild is indented below its parent").endsWith("    1  sleeping    └ sleep");
    }

    @Test
    void theColumnsLineUpUnderTheHeader() {
        List<String> lines = PsView.lines(List.of(KITCHEN, COOK), 0);

        assertThat(lines.get(1).indexOf("4700") + "4700".length())
                .as("PPID right-aligned under its header").isEqualTo(lines.get(0).indexOf("PPID") + "PPID".length());
        assertThat(lines.get(1).indexOf("kitchen")).isEqualTo(lines.get(0).indexOf("WHO"));
    }

    @Test
    void aNewBlockIsPrintedOnlyWhenSomethingAStudentLooksForChanged() {
        List<PsRow> shown = List.of(KITCHEN, COOK);

        assertThat(PsView.changedFrom(null, shown)).as("the first sample").isTrue();
        assertThat(PsView.changedFrom(shown, List.of(KITCHEN, withCpu(COOK, 40.0))))
                .as("only %CPU moved").isFalse();
        assertThat(PsView.changedFrom(shown, List.of(KITCHEN, withRss(COOK, 33_000))))
                .as("memory moved by a tenth").isFalse();
        assertThat(PsView.changedFrom(shown, List.of(KITCHEN, withRss(COOK, 60_000))))
                .as("memory doubled").isTrue();
        assertThat(PsView.changedFrom(shown, List.of(KITCHEN))).as("a cook ended").isTrue();
        assertThat(PsView.changedFrom(shown, List.of(KITCHEN, COOK, SLEEP))).as("a process started").isTrue();
        assertThat(PsView.changedFrom(shown, List.of(withThreads(KITCHEN, 25), COOK))).as("threads started").isTrue();
        assertThat(PsView.changedFrom(shown, List.of(KITCHEN, withState(COOK, "running")))).as("state").isTrue();
    }

    private static PsRow withCpu(PsRow row, double cpu) {
        return new PsRow(row.pid(), row.ppid(), row.who(), cpu, row.rssKib(), row.vszKib(), row.threads(), row.state());
    }

    private static PsRow withRss(PsRow row, long rss) {
        return new PsRow(row.pid(), row.ppid(), row.who(), row.cpuPercent(), rss, row.vszKib(), row.threads(),
                row.state());
    }

    private static PsRow withThreads(PsRow row, int threads) {
        return new PsRow(row.pid(), row.ppid(), row.who(), row.cpuPercent(), row.rssKib(), row.vszKib(), threads,
                row.state());
    }

    private static PsRow withState(PsRow row, String state) {
        return new PsRow(row.pid(), row.ppid(), row.who(), row.cpuPercent(), row.rssKib(), row.vszKib(), row.threads(),
                state);
    }
}
