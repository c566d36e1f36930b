package dev.kitchenlab.bench;

import dev.kitchenlab.events.ClassArchive;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.harness.CookTraining;
import dev.kitchenlab.harness.KitchenHarness;
import dev.kitchenlab.lab.JvmOptions;
import dev.kitchenlab.kitchen.ProcessPool;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * How long a process pool takes to its first dish, side by side with what one bare JVM takes to start and exit, on
 * the JDK this runs on: the figures behind the cooks' start (a pool of N cooks on N cores within 2 bare starts, one
 * cook within 1.5). A measurement, not a test: it asserts nothing, and {@link #measure} can be called by a benchmark
 * driver.
 *
 * <p>Each kitchen is a fresh JVM, as in a lab, with the kitchen's default options, its events watched as under a
 * check, and the kit on its classpath as a JAR, as in a student's project (from its own build the kit is a folder, so
 * it is packed into {@code target/cook-start/}); the clock runs from {@code new ProcessPool(n)} to the first dish of
 * an empty recipe. The pools run with the cook archive (built first, if it is not there) and without it, and every
 * figure is a median of rounds that take turns, so that a machine getting busier weighs on all of them alike.
 */
public final class CookStart {
    /** Rounds unless told otherwise. */
    public static final int DEFAULT_ROUNDS = 7;
    private static final List<String> BARE_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");
    private static final String FIRST_DISH = "FIRST_DISH_NANOS ";

    private CookStart() {
    }

    /**
     * The figures of one run, in milliseconds (medians).
     *
     * @param jdk the feature release of the JDK measured
     * @param cooks the pool's size: this machine's CPUs
     * @param rounds how many rounds each median is of
     * @param archive whether the cook archive was there for the archived pools
     * @param bareMs one bare JVM ({@code java -XX:TieredStopAtLevel=1 -XX:-UsePerfData Empty}), start to exit
     * @param oneCookMs a pool of one cook, to its first dish, with the archive
     * @param poolMs a pool of {@code cooks} cooks, to its first dish, with the archive
     * @param oneCookPlainMs a pool of one cook without the archive
     * @param poolPlainMs a pool of {@code cooks} cooks without the archive
     * @param oneCookRatio {@code oneCookMs / bareMs} (target: within 1.5)
     * @param poolRatio {@code poolMs / bareMs} (target: within 2)
     */
    public record Figures(int jdk, int cooks, int rounds, boolean archive, double bareMs, double oneCookMs,
                          double poolMs, double oneCookPlainMs, double poolPlainMs, double oneCookRatio,
                          double poolRatio) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "JDK %d, %d cores, medians of %d: bare JVM %.0f ms; one cook to first "
                    + "dish %.0f ms (%.2f x bare), pool of %d %.0f ms (%.2f x bare)%s; without the archive: one cook "
                    + "%.0f ms (%.2f x), pool %.0f ms (%.2f x)", jdk, cooks, rounds, bareMs, oneCookMs, oneCookRatio,
                    cooks, poolMs, poolRatio, archive ? "" : " [no archive could be built]", oneCookPlainMs,
                    oneCookPlainMs / bareMs, poolPlainMs, poolPlainMs / bareMs);
        }
    }

    /** Measures {@link #DEFAULT_ROUNDS} rounds and prints the figures. */
    public static void main(String[] args) throws IOException, InterruptedException {
        System.out.println(measure(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS));
    }

    /** Measures {@code rounds} rounds (at least 5 make a median worth the name) on the JDK this runs on. */
    public static Figures measure(int rounds) throws IOException, InterruptedException {
        int cooks = Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("kitchen-lab-cook-start");
        try {
            Path noCache = Files.createDirectories(work.resolve("no-cache"));
            Path events = Files.createDirectories(work.resolve("events"));
            String classpath = studentClasspath();
            boolean archive = prepareArchive(classpath);
            double[][] samples = new double[5][rounds];
            for (int round = 0; round < rounds; round++) {
                samples[0][round] = bare();
                samples[1][round] = kitchen(classpath, 1, events, null);
                samples[2][round] = kitchen(classpath, cooks, events, null);
                samples[3][round] = kitchen(classpath, 1, events, noCache);
                samples[4][round] = kitchen(classpath, cooks, events, noCache);
            }
            double bare = median(samples[0]);
            double one = median(samples[1]);
            double pool = median(samples[2]);
            return new Figures(Runtime.version().feature(), cooks, rounds, archive, bare, one, pool,
                    median(samples[3]), median(samples[4]), one / bare, pool / bare);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** A kitchen as a lab's: one pool, one empty dish, the time from opening the pool to that dish on stdout. */
    static final class Kitchen {
        private Kitchen() {
        }

        public static void main(String[] args) {
            SideChannel.open(Fact.Role.KITCHEN);
            long start = System.nanoTime();
            try (ProcessPool pool = new ProcessPool(Integer.parseInt(args[0]))) {
                pool.mapResults(Kitchen::nothing, List.of(0));
                System.out.println(FIRST_DISH + (System.nanoTime() - start));
            }
        }

        private static Integer nothing(Integer item) {
            return item;
        }
    }

    /**
     * Builds the archive of the kind of JVM named by the argument ({@code COOK}, {@code KITCHEN}) for this classpath,
     * in a JVM that runs the kit from its JAR as a check's does, and prints whether it is ready, then, when it is, the
     * classpath a check starts that JVM with and each of its options, a line each.
     */
    static final class Prepare {
        private Prepare() {
        }

        public static void main(String[] args) {
            java.util.Optional<ClassArchive> archive = ClassArchive.of(ClassArchive.Jvm.valueOf(args[0]),
                    Path.of(System.getProperty("java.home")), Runtime.version().feature(),
                    List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
            boolean ready = archive.map(a -> a.build(List.of(KitchenHarness.class.getName(),
                    CookTraining.class.getName()), JvmOptions.DEFAULT.kitchen(),
                    KitchenEnvironment.FAST_START_COOK_OPTIONS, java.time.Duration.ofSeconds(60))).orElse(false);
            System.out.println(ready);
            if (ready) {
                System.out.println(archive.get().classpath());
                archive.get().useOptions().forEach(System.out::println);
            }
        }
    }

    /** The bare JVM the pool is held against. */
    static final class Empty {
        private Empty() {
        }

        public static void main(String[] args) {
        }
    }

    private static double bare() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(BARE_OPTIONS);
        command.addAll(List.of("-cp", ownFolder().toString(), Empty.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        process.waitFor();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double kitchen(String classpath, int cooks, Path events, Path noCache)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.add("-Xmx256m");
        if (noCache != null) {
            command.add("-Duser.home=" + noCache);
        }
        command.addAll(List.of("-cp", classpath, Kitchen.class.getName(), String.valueOf(cooks)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.put("KITCHEN_EVENTS_DIR", events.toString());
        environment.put("KITCHEN_COOK_JVM_OPTIONS", String.join(" ", KitchenEnvironment.FAST_START_COOK_OPTIONS));
        if (noCache != null) {
            environment.put("XDG_CACHE_HOME", noCache.toString());
            environment.put("LOCALAPPDATA", noCache.toString());
        }
        String output = run(builder);
        return output.lines().filter(line -> line.startsWith(FIRST_DISH)).findFirst()
                .map(line -> Long.parseLong(line.substring(FIRST_DISH.length()).trim()) / 1e6)
                .orElseThrow(() -> new IllegalStateException("the kitchen served no dish: " + output));
    }

    private static boolean prepareArchive(String classpath) throws IOException, InterruptedException {
        return prepare(ClassArchive.Jvm.COOK, classpath).isPresent();
    }

    /** How a check starts a JVM from its archive: the options that name the archive, and the classpath. */
    record ArchivedStart(List<String> options, String classpath) {
    }

    /**
     * The archive of {@code jvm}s for this classpath, built if it is not there: how a check starts such a JVM from it,
     * or empty when none could be built.
     */
    static java.util.Optional<ArchivedStart> prepare(ClassArchive.Jvm jvm, String classpath)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-cp", classpath, Prepare.class.getName(), jvm.name())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        List<String> said = run(builder).lines().toList();
        return said.size() > 2 && said.get(0).equals("true")
                ? java.util.Optional.of(new ArchivedStart(said.subList(2, said.size()), said.get(1)))
                : java.util.Optional.empty();
    }

    private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        process.getOutputStream().close();
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        process.waitFor();
        return output;
    }

    /**
     * A student's classpath: their classes (here this bench's folder) first, then the kit as a JAR, then the kit's
     * dependencies (the JARs of this JVM's classpath).
     */
    static String studentClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(ownFolder().toString());
        entries.add(kitJar().toString());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The kit as a JAR: its own, or its build folder packed beside it, again only when a class is newer. */
    private static Path kitJar() throws IOException {
        Path kit = location(ProcessPool.class);
        if (Files.isRegularFile(kit)) {
            return kit;
        }
        Path jar = kit.resolveSibling("cook-start").resolve("kitchen-lab-kit.jar");
        List<Path> classes;
        try (Stream<Path> files = Files.walk(kit)) {
            classes = files.filter(Files::isRegularFile).sorted().toList();
        }
        FileTime newest = classes.stream().map(CookStart::modified).max(Comparator.naturalOrder())
                .orElse(FileTime.fromMillis(0));
        if (Files.isRegularFile(jar) && Files.getLastModifiedTime(jar).compareTo(newest) >= 0) {
            return jar;
        }
        Files.createDirectories(jar.getParent());
        Path partial = Files.createTempFile(jar.getParent(), "kit", ".partial");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
            for (Path file : classes) {
                out.putNextEntry(new JarEntry(kit.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        Files.move(partial, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return jar;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path ownFolder() {
        return location(CookStart.class);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
