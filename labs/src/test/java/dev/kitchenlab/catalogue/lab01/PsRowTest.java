package dev.kitchenlab.catalogue.lab01;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.PrintedLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PsRowTest {
    private static PrintedLine line(String text) {
        return new PrintedLine(Fact.Stream.OUT, text, 0, 1, 1, "main", true);
    }

    @Test
    void columnsAreFoundByTheirHeadingsInAnyOrderBesideOthers() {
        PsRow row = PsRow.find(List.of(line("starting"), line("pid user rss vsz %mem %cpu stat threads files command"),
                line("4242 alice 71232 9031344 0,3 95.2 Sl 23 14 java -cp target/classes Lab"))).orElseThrow();

        assertThat(row.missing()).isEmpty();
        assertThat(row.complete()).isTrue();
        assertThat(row.number("PID")).contains(4242.0);
        assertThat(row.text("USER")).isEqualTo("alice");
        assertThat(row.number("%MEM")).contains(0.3);
        assertThat(row.text("STAT")).isEqualTo("Sl");
    }

    @Test
    void aHeaderWithoutARowOrWithoutPidAndRssIsNoRow() {
        assertThat(PsRow.find(List.of(line("USER PID %CPU %MEM VSZ RSS STAT THREADS FILES")))).isEmpty();
        assertThat(PsRow.find(List.of(line("USER %CPU"), line("alice 3.0")))).isEmpty();
    }

    @Test
    void missingHeadingsAndValuesAreNamed() {
        PsRow row = PsRow.find(List.of(line("PID RSS"), line("4242"))).orElseThrow();

        assertThat(row.missing()).containsExactly("USER", "%CPU", "%MEM", "VSZ", "STAT", "THREADS", "FILES");
        assertThat(row.complete()).isFalse();
        assertThat(row.number("RSS")).isEmpty();
    }
}
