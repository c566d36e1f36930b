package dev.kitchenlab.events;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KitchenEnvironmentTest {

    @Test
    void whatTheEngineWritesIsWhatAKitchenReads() throws Exception {
        Map<String, String> environment = new HashMap<>();
        KitchenEnvironment.write(environment, new KitchenEnvironment.Settings(Duration.ofMillis(1500),
                Path.of("target", "events"), List.of("-Xmx1g", "-XX:+UseSerialGC"),
                Instant.ofEpochMilli(1_795_000_000_123L), "lab03-run-1", 4711));

        // A child JVM reads them back through the same class: its answers come back on stdout, one per line.
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Reader.class.getName());
        child.environment().putAll(environment);
        Process process = child.redirectErrorStream(true).start();
        List<String> read = new String(process.getInputStream().readAllBytes()).lines().toList();

        assertThat(process.waitFor()).isZero();
        assertThat(read).containsExactly("PT1.5S", Path.of("target", "events").toString(), "[-Xmx1g, -XX:+UseSerialGC]",
                "2026-11-18T11:06:40.123Z", "4711", "true");
    }

    @Test
    void withoutACheckCooksStartWithTheFastStartFlags() {
        assertThat(System.getenv(KitchenEnvironment.COOK_JVM_OPTIONS)).isNull();
        assertThat(KitchenEnvironment.cookJvmOptions()).isEqualTo(KitchenEnvironment.FAST_START_COOK_OPTIONS);
        assertThat(KitchenEnvironment.eventsDir()).isEmpty();
        assertThat(KitchenEnvironment.deadline()).isEmpty();
        assertThat(KitchenEnvironment.inspectorPid()).isEmpty();
    }

    @Test
    void aRunByHandGetsItsTickCooksMarkerAndInspectorButNoEventsFolderNorDeadline() {
        Map<String, String> environment = new HashMap<>();
        KitchenEnvironment.withTick(environment, Duration.ofSeconds(10));
        KitchenEnvironment.writeByHand(environment, List.of("-Xmx96m"), "byhand-1", 4711);

        assertThat(environment).containsOnly(Map.entry(KitchenEnvironment.TICK, "10s"),
                Map.entry(KitchenEnvironment.COOK_JVM_OPTIONS, "-Xmx96m"), Map.entry(KitchenEnvironment.RUN, "byhand-1"),
                Map.entry(KitchenEnvironment.INSPECTOR, "4711"));
        assertThat(KitchenEnvironment.marker("byhand-1")).isEqualTo(KitchenEnvironment.RUN + "=byhand-1");
    }

    /** Prints what the environment says, as a kitchen would read it. */
    public static final class Reader {
        public static void main(String[] args) {
            System.out.println(KitchenEnvironment.tick().orElseThrow());
            System.out.println(KitchenEnvironment.eventsDir().orElseThrow());
            System.out.println(KitchenEnvironment.cookJvmOptions());
            System.out.println(KitchenEnvironment.deadline().orElseThrow());
            System.out.println(KitchenEnvironment.inspectorPid().orElseThrow());
            System.out.println(System.getenv().entrySet().stream()
                    .anyMatch(e -> (e.getKey() + "=" + e.getValue()).equals(KitchenEnvironment.marker("lab03-run-1"))));
        }
    }
}
