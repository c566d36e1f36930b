package dev.kitchenlab.lab;

import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One lab of the catalogue, declared in one place: one claim of the talk, the program the student writes for it,
 * how its kitchen runs, the hints a stuck student climbs, and the named expectations it is judged on. Read top to
 * bottom, a declaration is the lab's whole contract with the kit:
 *
 * <pre>{@code
 * Lab.builder("03", "cooks")
 *         .title("4 greetings from 4 cooks")
 *         .claim("ThreadPool(4).map(say_hello, NAMES): ...")
 *         .mainClass("ManyCooks")
 *         .timeoutTicks(8)
 *         .hints("...", "...")
 *         .expect(Expectation.of("about one tick", CooksLab::aboutOneTick, "start all 4 cooks before ..."))
 *         .notes(CooksLab::notes)
 *         .build();
 * }</pre>
 *
 * <p>The engine judges what every lab shares (the lab started, ended in time and as a program should, left nothing
 * behind) and computes the standard figures; a declaration adds only what is particular to its lab.
 */
public final class Lab {
    private final String id;
    private final String name;
    private final String title;
    private final String claim;
    private final String mainClass;
    private final Driver driver;
    private final List<String> typedAtPrompt;
    private final boolean countsOpenFiles;
    private final JvmOptions jvmOptions;
    private final int timeoutTicks;
    private final int mostProcesses;
    private final int mostThreads;
    private final int minimumJdk;
    private final List<String> hints;
    private final List<Expectation> expectations;
    private final Function<Observation, List<String>> notes;
    private final IntFunction<String> onCpus;
    private final int treeMemoryMb;

    private Lab(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.title = Objects.requireNonNull(b.title, "title of lab " + b.id);
        this.claim = Objects.requireNonNull(b.claim, "claim of lab " + b.id);
        this.mainClass = Objects.requireNonNull(b.mainClass, "main class of lab " + b.id);
        this.driver = b.driver;
        this.typedAtPrompt = List.copyOf(b.typedAtPrompt);
        this.countsOpenFiles = b.countsOpenFiles;
        this.jvmOptions = b.jvmOptions;
        this.timeoutTicks = b.timeoutTicks;
        this.mostProcesses = b.mostProcesses;
        this.mostThreads = b.mostThreads;
        this.minimumJdk = b.minimumJdk;
        this.hints = List.copyOf(b.hints);
        this.expectations = List.copyOf(b.expectations);
        this.notes = b.notes;
        this.onCpus = b.onCpus;
        this.treeMemoryMb = b.treeMemoryMb;
        check();
    }

    /** Starts the declaration of lab {@code id} ({@code "03"}), short-named {@code name} ({@code "cooks"}). */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** Two digits: {@code 03}. */
    public String id() {
        return id;
    }

    /** A short name: {@code cooks}. */
    public String name() {
        return name;
    }

    /** What a passing run shows, in a few words: {@code 4 greetings from 4 cooks}. */
    public String title() {
        return title;
    }

    /** The talk's claim this lab tests, shown to a student whose lab fails. */
    public String claim() {
        return claim;
    }

    /** The simple name of the class holding the lab's {@code main}, in a package ending in {@code labNN}. */
    public String mainClass() {
        return mainClass;
    }

    /**
     * The lines the check may type on the kitchen's standard input, one picked for each run, once the kitchen has
     * printed and then waited quietly; empty when the lab reads no input, and its standard input is closed at start.
     */
    public List<String> typedAtPrompt() {
        return typedAtPrompt;
    }

    /** Whether the observer counts each process's open files, which costs a listing per process and sample. */
    public boolean countsOpenFiles() {
        return countsOpenFiles;
    }

    /** What the kitchen runs: the lab's {@code main}, or a driver of the kit's that calls the student's methods. */
    public Driver driver() {
        return driver;
    }

    /** The kitchen's and the cooks' JVM options. */
    public JvmOptions jvmOptions() {
        return jvmOptions;
    }

    /** How many ticks a run may take before it is stopped (plus a fixed allowance for JVMs to start). */
    public int timeoutTicks() {
        return timeoutTicks;
    }

    /** The most processes the lab may run below its kitchen at once; past it, the run is stopped as a fork bomb. */
    public int mostProcesses() {
        return mostProcesses;
    }

    /** The most threads any one process of the lab may have at once; past it, the run is stopped. */
    public int mostThreads() {
        return mostThreads;
    }

    /** The oldest JDK feature release the lab can run on. */
    public int minimumJdk() {
        return minimumJdk;
    }

    /** The hints, gentlest first: each one says a little more. */
    public List<String> hints() {
        return hints;
    }

    /** The named expectations, in the order they are judged. */
    public List<Expectation> expectations() {
        return expectations;
    }

    /**
     * Judges every expectation in order; one declared after others is left out unless those held.
     *
     * @return a finding for every expectation that was judged
     */
    public List<Finding> judge(Observation run) {
        Map<String, Finding> judged = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (Expectation expectation : expectations) {
            boolean ready = expectation.after().stream()
                    .allMatch(before -> judged.containsKey(before) && !judged.get(before).verdict().failsTheCheck());
            if (ready) {
                Finding finding = expectation.judge(run);
                judged.put(expectation.name(), finding);
                findings.add(finding);
            }
        }
        return findings;
    }

    /** The lab's own figures for its verdict line, beside the standard ones, each already worded. */
    public List<String> notes(Observation run) {
        return notes.apply(run);
    }

    /**
     * What this lab's expectations mean on a machine with {@code cpus} CPUs, in one line, for {@code kitchen:doctor};
     * empty for a lab whose verdicts do not depend on the CPU count.
     */
    public Optional<String> onCpus(int cpus) {
        return Optional.ofNullable(onCpus.apply(cpus)).filter(line -> !line.isBlank());
    }

    /**
     * The most memory a right run's whole process tree (kitchen and cooks) held, in megabytes, measured; empty for a
     * lab that declares none because any machine that runs the kit has room for it.
     */
    public OptionalInt treeMemoryMb() {
        return treeMemoryMb > 0 ? OptionalInt.of(treeMemoryMb) : OptionalInt.empty();
    }

    /** The last segment of the lab's package: {@code lab03}. */
    public String packageSegment() {
        return "lab" + id;
    }

    /** Whether {@code -Dlab} names this lab, by id ({@code 03} or {@code 3}) or by name ({@code cooks}). */
    public boolean isNamedBy(String selector) {
        String wanted = selector.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals(name) || wanted.equals(id) || wanted.equals(packageSegment())) {
            return true;
        }
        return wanted.matches("\\d{1,2}") && Integer.parseInt(wanted) == Integer.parseInt(id);
    }

    /** {@code 03 cooks}, as the console shows a lab. */
    public String label() {
        return id + " " + name;
    }

    @Override
    public String toString() {
        return "lab " + label();
    }

    private void check() {
        if (!id.matches("\\d\\d") || !name.matches("[a-z]+")) {
            throw new IllegalArgumentException("a lab is two digits and a lowercase word, not " + id + " " + name);
        }
        if (expectations.isEmpty()) {
            throw new IllegalArgumentException(this + " expects nothing: a lab judged on nothing is no lab");
        }
        Set<String> declared = new HashSet<>();
        for (Expectation expectation : expectations) {
            for (String before : expectation.after()) {
                if (!declared.contains(before)) {
                    throw new IllegalArgumentException(this + ": '" + expectation.name() + "' is judged after '"
                            + before + "', which is not declared before it");
                }
            }
            if (!declared.add(expectation.name())) {
                throw new IllegalArgumentException(this + " declares '" + expectation.name() + "' twice");
            }
        }
    }

    /** Declares a lab, top to bottom; everything but the title, claim, main class and expectations has a default. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String title;
        private String claim;
        private String mainClass;
        private Driver driver = Driver.MAIN;
        private final List<String> typedAtPrompt = new ArrayList<>();
        private boolean countsOpenFiles;
        private JvmOptions jvmOptions = JvmOptions.DEFAULT;
        private int timeoutTicks = 10;
        // A pool of one cook per CPU and a few children of the student's own fit with room to spare.
        private int mostProcesses = Math.max(32, 2 * Runtime.getRuntime().availableProcessors() + 8);
        private int mostThreads = 1000;
        private int minimumJdk = 17;
        private final List<String> hints = new ArrayList<>();
        private final List<Expectation> expectations = new ArrayList<>();
        private Function<Observation, List<String>> notes = run -> List.of();
        private IntFunction<String> onCpus = cpus -> null;
        private int treeMemoryMb;

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** What a passing run shows, in a few words. */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /** The talk's claim the lab tests. */
        public Builder claim(String value) {
            claim = value;
            return this;
        }

        /** The simple name of the lab's class, the one with {@code main}. */
        public Builder mainClass(String simpleName) {
            mainClass = simpleName;
            return this;
        }

        /** The observer counts open files: the lab judges them. */
        public Builder countsOpenFiles() {
            countsOpenFiles = true;
            return this;
        }

        /** Lines the check types at the kitchen's prompt, one picked at random for each run. */
        public Builder typesAtPrompt(String... lines) {
            typedAtPrompt.addAll(List.of(lines));
            return this;
        }

        /** What the kitchen runs; the lab's {@code main} unless set. */
        public Builder driver(Driver value) {
            driver = value;
            return this;
        }

        /** The kitchen's and the cooks' JVM options; {@link JvmOptions#DEFAULT} unless set. */
        public Builder jvmOptions(JvmOptions value) {
            jvmOptions = value;
            return this;
        }

        /** How many ticks a run may take; 10 unless set. */
        public Builder timeoutTicks(int ticks) {
            timeoutTicks = ticks;
            return this;
        }

        /** The most processes below the kitchen at once; 32 or twice the CPUs and 8 unless set. */
        public Builder mostProcesses(int count) {
            mostProcesses = count;
            return this;
        }

        /** The most threads in any one process of the lab; 1,000 unless set. */
        public Builder mostThreads(int count) {
            mostThreads = count;
            return this;
        }

        /** The oldest JDK the lab runs on; 17 unless set. */
        public Builder minimumJdk(int feature) {
            minimumJdk = feature;
            return this;
        }

        /** The hints, gentlest first. */
        public Builder hints(String... ladder) {
            hints.addAll(List.of(ladder));
            return this;
        }

        /** One more expectation, judged after those declared before it. */
        public Builder expect(Expectation expectation) {
            expectations.add(expectation);
            return this;
        }

        /** The lab's own figures for its verdict line. */
        public Builder notes(Function<Observation, List<String>> value) {
            notes = value;
            return this;
        }

        /** What the lab's expectations mean with a given number of CPUs, one line; none unless set. */
        public Builder onCpus(IntFunction<String> value) {
            onCpus = value;
            return this;
        }

        /** The most memory a right run's tree held, in megabytes, as measured; none unless set. */
        public Builder treeMemoryMb(int megabytes) {
            treeMemoryMb = megabytes;
            return this;
        }

        /**
         * The lab.
         *
         * @throws IllegalArgumentException for a declaration the kit could not judge: no expectation, a name used
         *                                  twice, an expectation judged after one not declared before it
         */
        public Lab build() {
            return new Lab(this);
        }
    }
}
