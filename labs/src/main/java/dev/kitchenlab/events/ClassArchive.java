package dev.kitchenlab.events;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A class-data archive of what one kind of the kit's JVMs loads, so that it maps those classes at start instead of
 * loading, verifying and linking them again: a cook (the kit's classes, the JDK's serialization and process classes,
 * the lambdas they spin), which on JDK 17 spends most of its time to its first dish there, not in the JVM's own boot;
 * and a kitchen (the harness around the lab's {@code main}: the thread watcher, the line capture, the side channel,
 * the kit's drivers and pools), whose start the harness would otherwise lengthen by some 70 ms. Each is built once per
 * JDK and kit, by a training run, into a per-user cache folder, and reused by every check of every project on that
 * JDK.
 *
 * <p>The JDK archives only classes from JAR files on a classpath whose start matches the one it was built with; the
 * student's classes are a folder. So the archive covers the kit's JAR, and a JVM that uses it runs with that JAR first
 * and the rest of the classpath after it, in its order: a class in both the kit and the student's folder (none can be:
 * the kit's packages are its own) would then come from the kit.
 *
 * <p>JDK 13 to 24 get a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}); JDK 25 and later an AOT cache
 * ({@code -XX:AOTCacheOutput}), which also keeps classes linked and lambdas resolved. A JDK that finds the archive
 * does not fit (another JDK build, a JAR changed, other options) starts without it, silently: a cook's stdout carries
 * the pool's frames and a kitchen's is the student's, so the JVM's CDS messages are turned off. Nothing here ever
 * fails a run: no archive, no gain.
 */
public final class ClassArchive {
    /** The kind of JVM an archive is for: each loads its own classes, so each has its own archive. */
    public enum Jvm {
        /** The JVM that runs a lab's {@code main} in the kit's harness. */
        KITCHEN("kitchens-"),
        /** A cook process of the kit's process pool. */
        COOK("cooks-");

        private final String prefix;

        Jvm(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The first JDK that can write a dynamic archive at exit. */
    static final int FIRST_DYNAMIC = 13;
    /** The first JDK that writes an AOT cache in one training run. */
    static final int FIRST_AOT_CACHE = 25;
    /** The first JDK that knows the {@code aot} logging tag (an older one refuses to start when told of it). */
    static final int FIRST_AOT_TAG = 24;
    /** How long a failed training run keeps the next ones from trying. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofDays(1);
    /** How many archives of each kind of JVM the cache folder keeps: two JDKs and two kit builds. */
    static final int KEPT = 4;

    private final Jvm jvm;
    private final Path javaHome;
    private final int feature;
    private final String kitJar;
    private final List<String> rest;
    private final Path file;

    private ClassArchive(Jvm jvm, Path javaHome, int feature, String kitJar, List<String> rest, Path file) {
        this.jvm = jvm;
        this.javaHome = javaHome;
        this.feature = feature;
        this.kitJar = kitJar;
        this.rest = rest;
        this.file = file;
    }

    /**
     * The archive for {@code jvm}s of the JDK at {@code javaHome} (feature release {@code feature}) with this
     * classpath, or empty when there can be none: a JDK before 13, a kit that runs from a folder (the kit's own build),
     * a classpath without the kit's JAR, no cache folder.
     */
    public static Optional<ClassArchive> of(Jvm jvm, Path javaHome, int feature, List<String> classpath) {
        Path kit = feature < FIRST_DYNAMIC ? null : runningKitJar();
        if (kit == null) {
            return Optional.empty();
        }
        // The kit's JVMs load nothing of the kit's dependencies (those serve the observer, in the inspector's JVM), so
        // the archive holds the kit's JAR alone: the student's classes are then looked for in one JAR before their
        // folder, not in every JAR of the project first.
        String kitJar = null;
        List<String> rest = new ArrayList<>();
        for (String entry : classpath) {
            if (kitJar == null && !entry.isEmpty() && isFile(entry, kit)) {
                kitJar = entry;
            } else if (!entry.isEmpty()) {
                rest.add(entry);
            }
        }
        Optional<Path> cache = cacheFolder();
        if (kitJar == null || cache.isEmpty()) {
            return Optional.empty();
        }
        try {
            String name = new StringBuilder(jvm.prefix).append(feature).append('-')
                    .append(key(javaHome, feature, kitJar))
                    .append(feature >= FIRST_AOT_CACHE ? ".aot" : ".jsa").toString();
            return Optional.of(new ClassArchive(jvm, javaHome, feature, kitJar, List.copyOf(rest),
                    cache.get().resolve(name)));
        } catch (IOException unreadable) {
            // A JAR that is not there (or a JDK folder that cannot be read): no archive, as the JDK would refuse one.
            return Optional.empty();
        }
    }

    /** Where the archive is, or will be. */
    public Path file() {
        return file;
    }

    /** Whether it has been built. */
    public boolean ready() {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The JVM options that make a JVM of its kind start from it. */
    public List<String> useOptions() {
        if (feature >= FIRST_AOT_CACHE) {
            return List.of("-XX:AOTCache=".concat(file.toString()), quiet());
        }
        return List.of("-XX:SharedArchiveFile=".concat(file.toString()), quiet());
    }

    /** The JVM options that make a training JVM of its kind write it, into {@code into}, when it exits. */
    public List<String> buildOptions(Path into) {
        if (feature >= FIRST_AOT_CACHE) {
            return List.of("-XX:AOTCacheOutput=" + into, quiet());
        }
        return List.of("-XX:ArchiveClassesAtExit=" + into, quiet());
    }

    /** Turns off the JVM's archive messages, which go to stdout: JDK 24 says some of them as {@code aot}. */
    private String quiet() {
        return feature >= FIRST_AOT_TAG ? "-Xlog:aot*=off,cds*=off" : "-Xlog:cds*=off";
    }

    /** The classpath a JVM that uses it runs with: the kit's JAR it was built with first, then the rest in order. */
    public String classpath() {
        return rest.isEmpty() ? kitJar : kitJar + File.pathSeparator + String.join(File.pathSeparator, rest);
    }

    /**
     * Whether a JVM with these options may use an archive: not when they already name one, write one, or turn sharing
     * off (a training run, a lab that measures without it).
     */
    public static boolean fitsOptions(List<String> jvmOptions) {
        // A loop, not a stream: this runs in a kitchen about to start its cooks, where each first lambda costs.
        for (String option : jvmOptions) {
            if (option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit")
                    || option.startsWith("-XX:AOTCache") || option.startsWith("-XX:AOTMode")
                    || option.startsWith("-XX:+AutoCreateSharedArchive") || option.equals("-Xshare:off")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Builds it unless it is there: runs {@code program} (the main class and arguments of a kitchen, in the kit's
     * harness, whose program opens a process pool and has its one cook cook) on the kit's JAR alone, the kitchen
     * with {@code kitchenOptions} and its cooks with {@code cookOptions}, the JVMs of this archive's kind also with the
     * options that write it, into a name of this process's own; then moves it into place, so that two checks building
     * at once each install a whole archive. Gives up quietly when that fails or takes longer than {@code timeout}, and
     * then does not try again for a day.
     *
     * @return whether the archive is ready now
     */
    public boolean build(List<String> program, List<String> kitchenOptions, List<String> cookOptions,
            Duration timeout) {
        if (ready()) {
            return true;
        }
        if (failedLately()) {
            return false;
        }
        boolean built = train(program, kitchenOptions, cookOptions, timeout);
        if (!built) {
            // Each lab of each check would otherwise pay a failed training run, up to its timeout, again.
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(failedMark(), "the training run of " + file.getFileName() + " failed\n");
            } catch (IOException e) {
                // Then it is tried again next time.
            }
        }
        return built;
    }

    /** Whether a training run for this archive failed in the last day. */
    private boolean failedLately() {
        try {
            return Files.isRegularFile(failedMark()) && Files.getLastModifiedTime(failedMark()).toInstant()
                    .isAfter(java.time.Instant.now().minus(RETRY_AFTER_FAILURE));
        } catch (IOException e) {
            return false;
        }
    }

    private Path failedMark() {
        return file.resolveSibling(file.getFileName() + ".failed");
    }

    private boolean train(List<String> program, List<String> kitchenOptions, List<String> cookOptions,
            Duration timeout) {
        Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Path events = null;
        Process trainer = null;
        try {
            Files.createDirectories(file.getParent());
            events = Files.createTempDirectory("kitchen-lab-archive-training");
            List<String> command = new ArrayList<>();
            Path bin = javaHome.resolve("bin");
            command.add((Files.isRegularFile(bin.resolve("java.exe")) ? bin.resolve("java.exe") : bin.resolve("java"))
                    .toString());
            command.addAll(kitchenOptions);
            if (jvm == Jvm.KITCHEN) {
                command.addAll(buildOptions(partial));
            }
            command.add("-cp");
            command.add(kitJar);
            command.addAll(program);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            List<String> options = new ArrayList<>(cookOptions);
            if (jvm == Jvm.COOK) {
                options.addAll(buildOptions(partial));
            }
            // The training kitchen and cook report to a throwaway folder, so that they load what watched ones load.
            builder.environment().put(KitchenEnvironment.EVENTS_DIR, events.toString());
            builder.environment().put(KitchenEnvironment.COOK_JVM_OPTIONS, String.join(" ", options));
            // Watched as a check's kitchen is, by this process and with a deadline it will not reach, so that the
            // classes of those watches are in the archive too.
            builder.environment().put(KitchenEnvironment.INSPECTOR, Long.toString(ProcessHandle.current().pid()));
            builder.environment().put(KitchenEnvironment.DEADLINE,
                    Long.toString(System.currentTimeMillis() + 10 * timeout.toMillis()));
            trainer = builder.start();
            if (!trainer.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || trainer.exitValue() != 0
                    || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                return false;
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            pruneOlder(file);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (trainer != null) {
                trainer.descendants().forEach(ProcessHandle::destroyForcibly);
                trainer.destroyForcibly();
            }
            deleteQuietly(partial);
            if (events != null) {
                deleteTree(events);
            }
        }
    }

    /**
     * Deletes all but the {@value #KEPT} archives of its kind built last, this one among them: each kit build and JDK
     * update makes a new one (2–3 MB on JDK 17, 14 MB on JDK 25), and an old one deleted while still wanted is only
     * built again, once. A JVM starting from one deleted under it starts without it, as the JDK does with any it
     * cannot read.
     */
    static void pruneOlder(Path kept) {
        String kind = kept.getFileName().toString().substring(0, kept.getFileName().toString().indexOf('-') + 1);
        try (var files = Files.list(kept.getParent())) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().startsWith(kind))
                    .filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot"))
                    .filter(f -> !f.equals(kept))
                    .sorted(java.util.Comparator.comparing(ClassArchive::builtAt).reversed()).toList();
            for (Path old : archives.subList(Math.min(archives.size(), KEPT - 1), archives.size())) {
                deleteQuietly(old);
                deleteQuietly(old.resolveSibling(old.getFileName() + ".failed"));
            }
        } catch (IOException | RuntimeException e) {
            // Pruning is housekeeping: a folder that cannot be listed keeps its archives.
        }
    }

    private static long builtAt(Path archive) {
        try {
            return Files.getLastModifiedTime(archive).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }

    /** The per-user cache folder the archives live in, or empty when the user has no home to keep one in. */
    static Optional<Path> cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", "");
        Path base;
        if (os.startsWith("windows") && System.getenv("LOCALAPPDATA") != null) {
            base = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (os.startsWith("mac") && !home.isEmpty()) {
            base = Path.of(home, "Library", "Caches");
        } else if (System.getenv("XDG_CACHE_HOME") != null && !System.getenv("XDG_CACHE_HOME").isBlank()) {
            base = Path.of(System.getenv("XDG_CACHE_HOME"));
        } else if (!home.isEmpty() && !home.equals("?")) {
            base = Path.of(home, ".cache");
        } else {
            return Optional.empty();
        }
        return Optional.of(base.resolve("kitchen-lab").resolve("class-archives"));
    }

    /**
     * What the archive depends on: the JDK (its folder and its release file, which changes with every update) and the
     * kit's JAR's path, size and time. A JAR rebuilt in place gets a new archive; the JDK refuses a stale one anyway.
     */
    private static String key(Path javaHome, int feature, String kitJar) throws IOException {
        Path home = javaHome.toRealPath();
        StringBuilder text = new StringBuilder(512).append(feature).append(' ').append(home);
        appendStamp(text, home.resolve("release"));
        appendStamp(text.append('\n').append(kitJar), Path.of(kitJar));
        // FNV-1a, not a secure hash: a kitchen computes it for every pool, and the JDK checks the archive anyway.
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return Long.toHexString(hash);
    }

    private static void appendStamp(StringBuilder text, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        text.append(' ').append(attributes.size()).append(' ').append(attributes.lastModifiedTime().toMillis());
    }

    /**
     * The JAR this kit runs from, or null when it runs from a folder (its own build): then no JVM of it could be
     * archived with it.
     */
    private static Path runningKitJar() {
        CodeSource source = ClassArchive.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            return Files.isRegularFile(location) ? location : null;
        } catch (URISyntaxException | RuntimeException notAFile) {
            return null;
        }
    }

    private static boolean isFile(String entry, Path file) {
        try {
            return Path.of(entry).toAbsolutePath().normalize().equals(file);
        } catch (RuntimeException notAPath) {
            return false;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover partial file is harmless: nothing reads it.
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(ClassArchive::deleteQuietly);
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
