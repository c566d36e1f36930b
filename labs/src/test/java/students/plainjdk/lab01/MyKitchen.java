package students.plainjdk.lab01;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Right, another way: the JDK and /proc alone, no OSHI, columns in another order, a BufferedReader for the name. */
public class MyKitchen {
    static long statusKib(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        }
        return -1;
    }

    public static void main(String[] args) throws IOException {
        ProcessHandle me = ProcessHandle.current();
        long rss = statusKib("VmRSS");
        long vsz = statusKib("VmSize");
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String state = stat.substring(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        long threads;
        long files;
        try (var tasks = Files.list(Path.of("/proc/self/task")); var fds = Files.list(Path.of("/proc/self/fd"))) {
            threads = tasks.count();
            files = fds.count();
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        Duration cpu = me.info().totalCpuDuration().orElse(Duration.ZERO);
        Duration life = Duration.between(me.info().startInstant().orElse(Instant.now()), Instant.now());
        System.out.println("PID     USER   RSS      VSZ       %MEM  %CPU  STAT  THREADS  FILES");
        System.out.printf("%-7d %-6s %-8d %-9d %-5.2f %-5.1f %-5s %-8d %d%n", me.pid(),
                System.getProperty("user.name"), rss, vsz, 100.0 * rss * 1024 / memory,
                100.0 * cpu.toNanos() / Math.max(1, life.toNanos()), state, threads, files);
        System.out.println("Enter your name:");
        String name = new BufferedReader(new InputStreamReader(System.in)).readLine();
        System.out.println("Hi " + name + "!");
    }
}
