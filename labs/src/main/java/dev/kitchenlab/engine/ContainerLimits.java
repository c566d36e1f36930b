package dev.kitchenlab.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The CPU and memory limits a Linux container (a cgroup) puts on this process, read from the cgroup files: version 2's
 * {@code cpu.max} and {@code memory.max}, else version 1's {@code cpu.cfs_quota_us}/{@code cpu.cfs_period_us} and
 * {@code memory.limit_in_bytes}. A limit that is not set, or a machine without cgroups (macOS, Windows), reads as
 * no limit. Only this process's own cgroup is read, not the limits of the groups above it.
 *
 * @param cpus the CPUs the container may use, as a quota ({@code 1.5}), if limited
 * @param memoryBytes the memory the container may use, if limited
 */
public record ContainerLimits(OptionalDouble cpus, OptionalLong memoryBytes) {
    /** No limits: what a machine without cgroups has. */
    public static final ContainerLimits NONE = new ContainerLimits(OptionalDouble.empty(), OptionalLong.empty());
    // Version 1 writes "no limit" as the largest page-aligned long; anything from 2^62 up is no real limit.
    private static final long V1_UNLIMITED = 1L << 62;

    /** The limits of this process, read where Linux mounts the cgroups. */
    public static ContainerLimits here() {
        List<String> membership;
        try {
            membership = Files.readAllLines(Path.of("/proc/self/cgroup"));
        } catch (IOException | RuntimeException notLinux) {
            return NONE;
        }
        return read(Path.of("/sys/fs/cgroup"), membership);
    }

    /**
     * The limits under the cgroup mount {@code root}, for a process whose {@code /proc/self/cgroup} reads
     * {@code membership}: each file is looked for in the process's own group, then at the root of the mount (a
     * container with its own cgroup namespace sees its group there).
     */
    static ContainerLimits read(Path root, List<String> membership) {
        if (Files.exists(root.resolve("cgroup.controllers"))) {
            String group = groupOf(membership, "");
            return new ContainerLimits(
                    text(root, group, "cpu.max").map(ContainerLimits::cpusFromV2).orElse(OptionalDouble.empty()),
                    text(root, group, "memory.max").map(ContainerLimits::bytesFromV2).orElse(OptionalLong.empty()));
        }
        Path cpuRoot = Files.isDirectory(root.resolve("cpu")) ? root.resolve("cpu") : root.resolve("cpu,cpuacct");
        String cpuGroup = groupOf(membership, "cpu");
        Path memoryRoot = root.resolve("memory");
        String memoryGroup = groupOf(membership, "memory");
        OptionalDouble cpus = OptionalDouble.empty();
        Optional<String> quota = text(cpuRoot, cpuGroup, "cpu.cfs_quota_us");
        Optional<String> period = text(cpuRoot, cpuGroup, "cpu.cfs_period_us");
        if (quota.isPresent() && period.isPresent()) {
            cpus = cpus(quota.get(), period.get());
        }
        OptionalLong memory = text(memoryRoot, memoryGroup, "memory.limit_in_bytes").map(ContainerLimits::bytesFromV1)
                .orElse(OptionalLong.empty());
        return new ContainerLimits(cpus, memory);
    }

    /** The group path of {@code controller} in {@code /proc/self/cgroup} ({@code ""} for version 2's line). */
    private static String groupOf(List<String> membership, String controller) {
        for (String line : membership) {
            String[] parts = line.split(":", 3);
            if (parts.length == 3 && List.of(parts[1].split(",")).contains(controller)) {
                return parts[2];
            }
        }
        return "/";
    }

    private static Optional<String> text(Path root, String group, String file) {
        for (Path candidate : List.of(root.resolve(group.replaceFirst("^/+", "")).resolve(file), root.resolve(file))) {
            try {
                return Optional.of(Files.readString(candidate).trim());
            } catch (IOException | RuntimeException absent) {
                // Not in the process's own group: try the root of the mount.
            }
        }
        return Optional.empty();
    }

    /** {@code "max 100000"} is no limit; {@code "150000 100000"} is 1.5 CPUs. */
    private static OptionalDouble cpusFromV2(String cpuMax) {
        String[] parts = cpuMax.split("\\s+");
        return parts.length == 2 ? cpus(parts[0], parts[1]) : OptionalDouble.empty();
    }

    private static OptionalDouble cpus(String quota, String period) {
        try {
            long q = Long.parseLong(quota);
            long p = Long.parseLong(period);
            return q > 0 && p > 0 ? OptionalDouble.of(q / (double) p) : OptionalDouble.empty();
        } catch (NumberFormatException unlimited) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalLong bytesFromV2(String memoryMax) {
        try {
            return OptionalLong.of(Long.parseLong(memoryMax));
        } catch (NumberFormatException max) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong bytesFromV1(String limit) {
        try {
            long bytes = Long.parseLong(limit);
            return bytes >= V1_UNLIMITED ? OptionalLong.empty() : OptionalLong.of(bytes);
        } catch (NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }
}
