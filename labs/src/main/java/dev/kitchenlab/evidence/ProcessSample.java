package dev.kitchenlab.evidence;

/**
 * One process as {@code ps u} would show it at one moment.
 *
 * @param pid its process id
 * @param ppid its parent's process id
 * @param epochMillis when it was sampled
 * @param cpuMillis the CPU time it has used so far, user and kernel
 * @param cpuPercent its CPU use since the previous sample, where 100 is one core busy (it can pass 100:
 *                   the operating system schedules threads, not processes)
 * @param memPercent its resident set as a share of the machine's memory ({@code ps u}'s %MEM)
 * @param rss its resident set, in bytes
 * @param vsz its virtual size, in bytes
 * @param threads its threads as {@code ps -T} counts them, the JVM's own included
 * @param state {@code running} when it used CPU since the last sample, else what the OS says
 *              ({@code sleeping}, {@code zombie}, …)
 * @param openFiles its open file descriptors ({@code ls /proc/PID/fd | wc -l}), or -1 where they cannot be counted or the lab
 *                  does not judge them
 */
public record ProcessSample(long pid, long ppid, long epochMillis, long cpuMillis, double cpuPercent,
                            double memPercent, long rss, long vsz, int threads, String state, long openFiles) {
}
