package dev.kitchenlab.catalogue.lab13;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lab 13, the memory-consistency price of sharing a kitchen: Cook A stirs until the head cook sets a stop flag that is
 * not {@code volatile}. Nothing then obliges the JIT to read the flag again, and once it has compiled the cook's loop
 * it reads the flag once, keeps it in a register and spins for ever. The kit makes a new kitchen every round, runs the
 * student's {@code cook()} on a thread of its own, calls {@code stop()} from the kitchen's main thread once the cook
 * has spun 5 ms of CPU, and times how soon {@code cook()} comes back: within {@link #LATEST_MILLIS} ms in every round,
 * and a cook still spinning {@code 2 s} after the flag ends the run, named with its line and the flag's declaration.
 *
 * <p>The kitchen keeps the JVM's default JIT ({@link dev.kitchenlab.lab.JvmOptions#DEFAULT}): measured on 2 cores (JDK
 * 17, amd64, 2026-11-29; the campaign's cases, 20 checks each with 4 busy loops beside, and 20 more of the plain flag
 * without them) the plain flag went unseen in every check, in round 1 in 33 of 40 and never later than round 7, where
 * {@code -Xint} hides the bug (50 rounds, no stale flag; more in {@code FlagDriver}'s Javadoc). The right programs
 * stopped at most 121 ms after the flag with 4 busy loops, the cook waiting for a core: a later stop on a machine that
 * held the kit's own sleeper up by a fifth of the bound is inconclusive, never a failure.
 *
 * <p>What the kit cannot tell from a right program: a plain flag with {@code Thread.yield()} or {@code
 * Thread.onSpinWait()} in the loop stopped in all of 1,000 rounds (5 runs of a prototype), as this JIT keeps no field
 * in a register across such a call; the notes list the plain flags, and the student's README says what that means.
 *
 * <p>The stale flag is the compiler's doing, not the CPU's. The lab says which reorderings the CPU itself can show,
 * from {@code os.arch}: x86-64 keeps loads in order and stores in order (TSO), so only a store followed by a load of
 * another field can be seen out of order; ARM and POWER may show every kind.
 */
public final class VisibilityLab {
    /** The latest a cook may stop after the flag is set. */
    static final long LATEST_MILLIS = 500;
    private static final long LATEST_NANOS = LATEST_MILLIS * 1_000_000;
    private static final String COOK = "Cook A";
    private static final String STOPS = "the cook stops when told, in every round";
    private static final String TOLD = "the cook stirs until it is told to stop";
    private static final String SOON = "the cook stops soon after it is told";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("13", "visibility")
            .title("the cook sees closing time")
            .claim("a thread may never see what another thread wrote to a plain field: the JIT may read the field "
                    + "once and keep it, unless volatile, a lock or an atomic says it is shared")
            .mainClass("ClosingTime")
            .driver(Driver.VISIBILITY)
            .timeoutTicks(20)
            .hints("Cook A reads the flag stop in its loop and never writes it. Nothing in the loop tells the JIT that "
                            + "another thread may change it, so once the loop is compiled the flag is read once and "
                            + "kept in a register: the cook spins for ever.",
                    "Tell Java the flag is shared: a volatile field, an AtomicBoolean, or reads and writes that both "
                            + "hold one lock. Each makes a write by one thread visible to a later read by another.",
                    "Declare the flag private volatile boolean stop; then delete the todo in stop().")
            .expect(Expectation.of(STOPS, VisibilityLab::stops,
                    "make the flag volatile (or an AtomicBoolean) so that the cook's loop reads it afresh every time"))
            .expect(Expectation.of(TOLD, VisibilityLab::told,
                    "stir until the head cook sets the flag, however long that takes: no other way out of the loop")
                    .after(STOPS))
            .expect(Expectation.of(SOON, VisibilityLab::soon,
                    "look at the flag at every stir: no nap or long piece of work between looks").after(TOLD))
            .notes(VisibilityLab::notes)
            .build();

    private VisibilityLab() {
    }

    private static Finding stops(Observation run) {
        Optional<Fact.RoundHung> hung = run.kitchenEvents(Fact.RoundHung.class).stream().map(Event::fact).findFirst();
        List<Fact.FlagRound> rounds = all(run);
        if (hung.isPresent()) {
            return Finding.fail(hung(run, hung.get()) + "; the kit stopped the kitchen and ran no later round");
        }
        if (rounds.isEmpty()) {
            return Finding.fail("cook never came back from a round");
        }
        return Finding.pass("every one of " + rounds.size() + " rounds ended");
    }

    /** A round that never ended: a cook that never saw the flag, or a head cook unable to set it. */
    private static String hung(Observation run, Fact.RoundHung hung) {
        List<Event<Fact.HungCook>> threads = run.kitchenEvents(Fact.HungCook.class);
        Optional<Event<Fact.HungCook>> cook = threads.stream().filter(t -> t.threadName().equals(COOK)).findFirst();
        String stalled = String.format(Locale.ROOT, "%.1f s", hung.stalledNanos() / 1e9);
        boolean flagSet = flagSet(run, hung.round());
        String cookWhere = cook.map(c -> doing(c.fact())).orElse("gone");
        if (!flagSet) {
            Optional<Fact.HungCook> head = threads.stream().filter(run::onMainThread).map(Event::fact).findFirst();
            String at = head.filter(h -> !h.where().isEmpty()).map(h -> " " + state(h) + " at " + h.where())
                    .orElse(" not back");
            String lock = head.filter(h -> !h.heldBy().isEmpty()).map(h -> ", waiting for a lock held by "
                    + h.heldBy()).orElse("");
            return "round " + hung.round() + ": the head cook could not tell " + COOK + " to stop: its call of "
                    + "stop() was" + at + lock + " for " + stalled + " while " + COOK + " was " + cookWhere
                    + (lock.isEmpty() ? "" : ": a cook that holds the lock for its whole loop lets nobody set the "
                    + "flag; hold it only to read the flag, or make the flag volatile");
        }
        return "round " + hung.round() + ": " + COOK + " never saw the stop flag: " + stalled + " after it was set it "
                + "was still " + cookWhere + "; " + why(run);
    }

    private static boolean flagSet(Observation run, int round) {
        return run.kitchenEvents(Fact.FlagSet.class).stream().anyMatch(f -> f.fact().round() == round);
    }

    /** What the cook's thread was doing: {@code spinning at ClosingTime.cook(ClosingTime.java:21)}. */
    private static String doing(Fact.HungCook cook) {
        String state = cook.state().equals("RUNNABLE") ? "spinning" : state(cook);
        return state + (cook.where().isEmpty() ? "" : " at " + cook.where());
    }

    private static String state(Fact.HungCook thread) {
        return thread.state().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Why a flag set by one thread stays unseen by another, from the flags the lab class declares. */
    private static String why(Observation run) {
        Fact.FlagFields flags = run.kitchenEvents(Fact.FlagFields.class).stream().map(Event::fact).findFirst()
                .orElse(new Fact.FlagFields("", ""));
        if (!flags.plainFlags().isEmpty()) {
            List<String> plain = split(flags.plainFlags());
            return plain.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")) + (plain.size() == 1
                    ? " is" : " are") + " not volatile, so the JIT may read " + (plain.size() == 1 ? "it" : "them")
                    + " once and keep the value in a register";
        }
        if (!flags.volatileFlags().isEmpty()) {
            return "`" + split(flags.volatileFlags()).get(0) + "` is volatile, yet the cook's loop never saw it "
                    + "change: "
                    + "a loop that reads a copy of the flag taken before it began, or another flag, never stops";
        }
        return "the cook's loop looks at nothing the head cook changes";
    }

    private static List<String> split(String fields) {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(", "));
    }

    private static Finding told(Observation run) {
        List<Fact.FlagRound> rounds = all(run);
        List<Fact.FlagRound> early = rounds.stream().filter(r -> r.flagEpochNanos() == 0).toList();
        if (!early.isEmpty()) {
            Fact.FlagRound first = early.get(0);
            return Finding.fail(String.format(Locale.ROOT, "in %d of %d rounds %s stopped before the head cook set "
                    + "the flag (round %d: after %.1f ms of stirring): a cook that stops by itself is no cook "
                    + "stopped by a flag", early.size(), rounds.size(), COOK, first.round(),
                    (first.stoppedEpochNanos() - first.startEpochNanos()) / 1e6));
        }
        return Finding.pass(COOK + " stirred until told in every one of " + rounds.size() + " rounds");
    }

    private static Finding soon(Observation run) {
        List<Fact.FlagRound> rounds = measured(run);
        Fact.FlagRound latest = rounds.stream().max(Comparator.comparingLong(VisibilityLab::delay)).orElseThrow();
        String figures = String.format(Locale.ROOT, "%s stopped at most %s after the flag was set (%d ms allowed), "
                + "median %s, in %d rounds", COOK, millis(delay(latest)), LATEST_MILLIS,
                millis(rounds.stream().mapToLong(VisibilityLab::delay).sorted().skip(rounds.size() / 2).findFirst()
                        .orElse(0)), rounds.size());
        if (delay(latest) <= LATEST_NANOS) {
            return Finding.pass(figures);
        }
        List<Fact.FlagRound> late = rounds.stream().filter(r -> delay(r) > LATEST_NANOS
                && run.lateness(r.flagEpochNanos(), r.stoppedEpochNanos()).toNanos() <= LATEST_NANOS / 5).toList();
        if (late.isEmpty()) {
            return Finding.inconclusive(figures + ": the machine held the kit's own threads up meanwhile, so the kit "
                    + "cannot tell a late look at the flag from a busy machine; run it again");
        }
        Fact.FlagRound worst = late.stream().max(Comparator.comparingLong(VisibilityLab::delay)).orElseThrow();
        return Finding.fail(String.format(Locale.ROOT, "in round %d %s stopped %s after the flag was set, and in %d "
                + "of %d rounds later than %d ms: the cook sees the flag, but looks at it only now and then",
                worst.round(), COOK, millis(delay(worst)), late.size(), rounds.size(), LATEST_MILLIS));
    }

    private static long delay(Fact.FlagRound round) {
        return round.stoppedEpochNanos() - round.flagEpochNanos();
    }

    private static String millis(long nanos) {
        return nanos >= 1_000_000_000L ? String.format(Locale.ROOT, "%.1f s", nanos / 1e9)
                : String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static List<Fact.FlagRound> all(Observation run) {
        return run.kitchenEvents(Fact.FlagRound.class).stream().map(Event::fact).toList();
    }

    /** The rounds the figures are told over: the measured ones, or the warm-up's when none was measured. */
    private static List<Fact.FlagRound> measured(Observation run) {
        List<Fact.FlagRound> all = all(run);
        List<Fact.FlagRound> measured = all.stream().filter(r -> !r.warmUp()).toList();
        return measured.isEmpty() ? all : measured;
    }

    /**
     * What this machine's CPU can reorder without fences, from {@code os.arch}: the kitchen runs on the machine the
     * check runs on.
     */
    static String reorderings(String arch) {
        String name = arch.toLowerCase(Locale.ROOT);
        if (name.equals("amd64") || name.equals("x86_64") || name.equals("x86") || name.matches("i[3-6]86")) {
            return arch + ": x86 is TSO, so of the four reorderings only a store then a load can show here; a stale "
                    + "flag is the JIT's doing";
        }
        if (name.startsWith("aarch64") || name.startsWith("arm") || name.startsWith("ppc")
                || name.startsWith("riscv")) {
            return arch + ": a weak memory model, so loads and stores can show in any order without volatile";
        }
        return arch + ": a CPU whose reorderings the kit does not know";
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        List<Fact.FlagRound> all = all(run);
        // Told as jcstress tells outcomes: how often each was seen. A stale flag ends the run, so it is seen once.
        run.kitchenEvents(Fact.RoundHung.class).stream().findFirst().map(Event::fact).ifPresent(hung -> notes.add(
                (flagSet(run, hung.round()) ? "stale flag in round " : "flag never set in round ") + hung.round()
                        + " of " + hung.round()));
        long told = all.stream().filter(r -> r.flagEpochNanos() != 0).count();
        if (!all.isEmpty()) {
            notes.add("stopped when told in " + told + " of " + all.size() + " rounds");
        }
        List<Fact.FlagRound> timed = measured(run).stream().filter(r -> r.flagEpochNanos() != 0).toList();
        if (!timed.isEmpty()) {
            notes.add("latest stop " + millis(timed.stream().mapToLong(VisibilityLab::delay).max().orElse(0)));
        }
        run.kitchenEvents(Fact.FlagFields.class).stream().map(Event::fact).findFirst().ifPresent(flags -> {
            if (!flags.plainFlags().isEmpty()) {
                notes.add("plain flags " + flags.plainFlags());
            }
            if (!flags.volatileFlags().isEmpty()) {
                notes.add("volatile flags " + flags.volatileFlags());
            }
        });
        notes.add(reorderings(System.getProperty("os.arch")));
        return notes;
    }
}
