package dev.kitchenlab.engine.observe;

/**
 * One process as a {@link ProcessSource} read it, before the observer turns it into a sample.
 *
 * @param pid its process id
 * @param ppid its parent's process id
 * @param user the user it runs as, or null when not asked for
 * @param command its command line, or null when not asked for
 * @param startMillis when it started, in epoch milliseconds
 * @param cpuMillis the CPU time it has used so far, user and kernel
 * @param state what the operating system says of it, as OSHI names it, lower case ({@code sleeping}, {@code zombie})
 * @param rss its resident set, in bytes
 * @param vsz its virtual size, in bytes
 * @param threads its threads
 * @param openFiles its open file descriptors, or -1 when not asked for
 */
record ProcessReading(long pid, long ppid, String user, String command, long startMillis, long cpuMillis,
                      String state, long rss, long vsz, int threads, long openFiles) {
}
