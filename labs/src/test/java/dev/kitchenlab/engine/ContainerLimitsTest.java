package dev.kitchenlab.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Container limits read from made-up cgroup trees, version 2 and version 1. */
class ContainerLimitsTest {
    @TempDir
    Path cgroup;

    private void write(String file, String text) throws IOException {
        Path path = cgroup.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text + "\n");
    }

    @Test
    void version2LimitsAreReadFromTheProcesssOwnGroup() throws IOException {
        write("cgroup.controllers", "cpu memory");
        write("kitchen.slice/cpu.max", "150000 100000");
        write("kitchen.slice/memory.max", "536870912");

        ContainerLimits limits = ContainerLimits.read(cgroup, List.of("0::/kitchen.slice"));

        assertThat(limits.cpus()).hasValue(1.5);
        assertThat(limits.memoryBytes()).hasValue(536_870_912L);
    }

    @Test
    void version2MaxIsNoLimit() throws IOException {
        write("cgroup.controllers", "cpu memory");
        write("cpu.max", "max 100000");
        write("memory.max", "max");

        assertThat(ContainerLimits.read(cgroup, List.of("0::/"))).isEqualTo(ContainerLimits.NONE);
    }

    @Test
    void aContainerWithItsOwnNamespaceFindsItsLimitsAtTheRootOfTheMount() throws IOException {
        write("cgroup.controllers", "cpu memory");
        write("cpu.max", "100000 100000");

        ContainerLimits limits = ContainerLimits.read(cgroup, List.of("0::/docker/0123abcd"));

        assertThat(limits.cpus()).hasValue(1.0);
        assertThat(limits.memoryBytes()).isEmpty();
    }

    @Test
    void version1QuotaAndMemoryLimitAreRead() throws IOException {
        write("cpu,cpuacct/lab/cpu.cfs_quota_us", "200000");
        write("cpu,cpuacct/lab/cpu.cfs_period_us", "100000");
        write("memory/lab/memory.limit_in_bytes", "1073741824");

        ContainerLimits limits = ContainerLimits.read(cgroup, List.of("4:memory:/lab", "2:cpu,cpuacct:/lab"));

        assertThat(limits.cpus()).hasValue(2.0);
        assertThat(limits.memoryBytes()).hasValue(1_073_741_824L);
    }

    @Test
    void version1UnlimitedIsNoLimit() throws IOException {
        write("cpu/cpu.cfs_quota_us", "-1");
        write("cpu/cpu.cfs_period_us", "100000");
        write("memory/memory.limit_in_bytes", "9223372036854771712");

        assertThat(ContainerLimits.read(cgroup, List.of("4:memory:/", "1:cpu:/"))).isEqualTo(ContainerLimits.NONE);
    }

    @Test
    void noCgroupFilesAtAllIsNoLimit() {
        assertThat(ContainerLimits.read(cgroup.resolve("absent"), List.of())).isEqualTo(ContainerLimits.NONE);
    }
}
