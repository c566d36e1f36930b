package dev.kitchenlab.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * What {@code kitchen:doctor} reports of the machine the labs run on.
 *
 * @param jdkFeature the feature release of the JDK that runs the kitchens (17, 21)
 * @param jdkVersion its full version ({@code 17.0.15})
 * @param jdkVendor who built it ({@code Eclipse Adoptium})
 * @param os the operating system, its version and architecture
 * @param cpus the CPUs a JVM may use ({@code Runtime.availableProcessors()}, which already counts a container's CPU
 *             limit, rounded up)
 * @param memoryBytes the memory the operating system reports, 0 if unknown
 * @param limits the container's own CPU and memory limits
 * @param mavenVersion the Maven that runs the kit, or empty outside Maven
 */
public record Machine(int jdkFeature, String jdkVersion, String jdkVendor, String os, int cpus, long memoryBytes,
                      ContainerLimits limits, String mavenVersion) {

    /** This machine, as this JVM sees it. */
    public static Machine here(String mavenVersion) {
        return new Machine(Runtime.version().feature(), System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                Runtime.getRuntime().availableProcessors(), totalMemory(), ContainerLimits.here(),
                mavenVersion == null ? "" : mavenVersion);
    }

    /** The memory the labs may use: the container's limit when it has one, else what the system has. */
    public long usableMemoryBytes() {
        return limits.memoryBytes().orElse(memoryBytes);
    }

    private static long totalMemory() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        // The JDK's own extension, on every JDK the kit supports; absent on an exotic one.
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
    }
}
