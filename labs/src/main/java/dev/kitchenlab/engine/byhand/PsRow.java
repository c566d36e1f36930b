package dev.kitchenlab.engine.byhand;

/**
 * One process of a kitchen's tree as {@code ps u} shows it, plus the thread count {@code ps -T} would list.
 *
 * @param pid its process id
 * @param ppid its parent's process id
 * @param who {@code kitchen} for the lab's JVM, {@code cook} for a JVM under it, else its program's name
 * @param cpuPercent as {@code ps} counts {@code %CPU}: its CPU time over its whole life, so it matches the other
 *     terminal, not {@code top}
 * @param rssKib memory it holds in RAM, in KiB like {@code ps}
 * @param vszKib address space it reserved, in KiB like {@code ps}
 * @param threads its threads, the JVM's own included
 * @param state what its main thread is doing ({@code sleeping}, {@code running}), as {@code ps}'s STAT letter says
 */
public record PsRow(long pid, long ppid, String who, double cpuPercent, long rssKib, long vszKib, int threads,
                    String state) {
}
