package dev.kitchenlab.catalogue.lab15;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lab 15, beyond the talk: 10,000 cooks, each napping one tick, started as virtual threads by {@code virtualCooks} and
 * as platform threads by {@code platformCooks}. What is judged was seen from inside the kit's own shift (which thread
 * ran it, whether virtual, how many at once, whether the method waited) and, for the OS threads, from outside as
 * {@code ps -T} counts them; the time and memory of the two modes are judged loosely or only shown, since on two busy
 * cores they move a lot (see {@link ThreadsSeen} and {@link #TIME_RATIO}).
 */
public final class VirtualLab {
    /** The cooks of each mode, as the kit's driver asks for them (the kitchen reports its figure in each mode). */
    static final int COOKS = 10_000;
    /** Ticks into a mode after which the kit's shift no longer naps, as the kit's driver sets it. */
    static final double LATE_AFTER_TICKS = 10;
    /**
     * Fewer cooks than this at once is a kitchen whose cooks took turns (a pool), in either mode: platform cooks napping
     * a tick were 1,931–3,494 at once in 60 runs with 4 busy loops on 2 cores, a pool of 8 is 8.
     */
    static final int AT_ONCE = COOKS / 10;
    /**
     * The platform mode's time over the virtual mode's, as a floor for the claim that virtual cooks are quicker to
     * hire: measured 3.1–8.0× here with 4 busy loops on 2 cores (60 runs, JDK 25); below the floor the kit cannot tell
     * noise from a claim that failed (a right program cannot make it fail), so it is INCONCLUSIVE, never FAIL.
     */
    static final double TIME_RATIO = 1.5;
    private static final String VIRTUAL = "virtualCooks: 10,000 virtual cooks at work together";
    private static final String PLATFORM = "platformCooks: 10,000 platform cooks";
    private static final String OS_THREADS = "ps -T: an OS thread per platform cook, a few carriers for virtual ones";
    private static final String QUICKER = "virtual cooks are quicker to hire";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("15", "virtual")
            .title("10,000 cooks, virtual and platform")
            .claim("beyond the talk: a platform thread is an OS thread, a virtual thread is a cook the JVM carries on "
                    + "a few OS threads, so 10,000 napping virtual cooks start sooner and cost the OS a handful of "
                    + "threads instead of 10,000")
            .mainClass("TenThousandCooks")
            .driver(Driver.VIRTUAL)
            .minimumJdk(21)
            // 10,000 platform cooks at once, the JVM's own threads beside them.
            .mostThreads(COOKS + 2_000)
            .timeoutTicks(40)
            .hints("A platform thread is a cook with an OS thread of its own; a virtual thread is a cook the JVM "
                            + "seats on a few OS threads (carriers) and lifts off while it naps.",
                    "Start one thread per cook, each running the shift the kit hands you, keep them in a list, then "
                            + "join every one of them before the method returns.",
                    "virtualCooks: Thread.ofVirtual().start(shift) COOKS times, then join each; platformCooks: the "
                            + "same with Thread.ofPlatform().start(shift) (or new Thread(shift).start()).")
            .expect(Expectation.of(VIRTUAL, run -> cooks(run, Fact.ThreadKind.VIRTUAL),
                    "start COOKS virtual threads (Thread.ofVirtual().start(shift)) and join them all"))
            .expect(Expectation.of(PLATFORM, run -> cooks(run, Fact.ThreadKind.PLATFORM),
                    "start COOKS platform threads (Thread.ofPlatform().start(shift)) and join them all"))
            .expect(Expectation.of(OS_THREADS, ThreadsSeen::judge,
                    "one OS thread per platform cook; virtual cooks share a few carriers").after(VIRTUAL, PLATFORM))
            .expect(Expectation.of(QUICKER, VirtualLab::quicker,
                    "time the whole mode: every cook started and joined").after(VIRTUAL, PLATFORM))
            .notes(VirtualLab::notes)
            .build();

    private VirtualLab() {
    }

    /** What the kit's shift saw of one mode. */
    static Optional<Fact.CooksHired> mode(Observation run, Fact.ThreadKind kind) {
        return run.kitchenEvents(Fact.CooksHired.class).stream().map(Event::fact).filter(m -> m.kind() == kind)
                .findFirst();
    }

    static String method(Fact.ThreadKind kind) {
        return kind == Fact.ThreadKind.VIRTUAL ? "virtualCooks" : "platformCooks";
    }

    /** One mode: every cook ran a shift, on a thread of its own, of the right kind, all at work together. */
    static Finding cooks(Observation run, Fact.ThreadKind kind) {
        Optional<Fact.CooksHired> seen = mode(run, kind);
        String method = method(kind);
        if (seen.isEmpty()) {
            return Finding.fail(method + " never came back");
        }
        Fact.CooksHired m = seen.get();
        if (m.shifts() == 0) {
            return Finding.fail(method + " never ran the shift the kit handed it: start each cook with it, "
                    + "Thread.of" + (kind == Fact.ThreadKind.VIRTUAL ? "Virtual" : "Platform") + "().start(shift)");
        }
        // Begun by the time the kit stopped waiting, and not done when the method came back.
        int stillAtWork = m.shifts() - m.doneAtReturn();
        if (stillAtWork > 0) {
            return Finding.fail(String.format("%s came back while %,d of its %,d cooks were still at work: join every "
                    + "cook (or close the executor) before returning, or the kitchen closes on cooks mid-shift",
                    method, stillAtWork, m.shifts()));
        }
        if (m.shifts() != m.cooks()) {
            return Finding.fail(String.format("%s hired %,d cooks, one shift each: the lab asks for COOKS, %,d", method,
                    m.shifts(), m.cooks()));
        }
        int platform = m.shifts() - m.virtualShifts();
        if (kind == Fact.ThreadKind.VIRTUAL && platform > 0) {
            if (m.threads() < AT_ONCE) {
                return Finding.fail(String.format("%s ran its %,d shifts on %d platform thread(s), %d at once at "
                                + "most: a pool of cooks taking turns, not %,d virtual cooks%s", method, m.shifts(),
                        m.threads(), m.mostAtOnce(), m.cooks(), late(m)),
                        "start each cook with Thread.ofVirtual().start(shift), or submit to "
                                + "Executors.newVirtualThreadPerTaskExecutor()");
            }
            return Finding.fail(String.format("%s started %,d platform threads, not virtual ones: each is an OS thread "
                    + "of its own", method, platform), "start each cook with Thread.ofVirtual().start(shift)");
        }
        if (kind == Fact.ThreadKind.PLATFORM && m.virtualShifts() > 0) {
            return Finding.fail(String.format("%s ran %,d of its shifts on virtual threads: here each cook is a "
                    + "platform thread, an OS thread of its own", method, m.virtualShifts()),
                    "start each cook with Thread.ofPlatform().start(shift) or new Thread(shift)");
        }
        if (m.threads() < m.cooks() || m.mostAtOnce() < AT_ONCE) {
            return Finding.fail(String.format("%s ran its %,d shifts on %,d thread(s), %,d at once at most: the cooks "
                    + "took turns%s, where each should be a thread of its own", method, m.shifts(), m.threads(),
                    m.mostAtOnce(), late(m)), "start a new thread per cook, not a pool");
        }
        String carried = kind == Fact.ThreadKind.VIRTUAL
                ? String.format(", carried by %d platform thread(s)", m.carriers()) : "";
        return Finding.pass(String.format("%,d %s cooks, %,d at work at once%s", m.shifts(),
                kind.name().toLowerCase(Locale.ROOT), m.mostAtOnce(), carried));
    }

    private static String late(Fact.CooksHired m) {
        return m.lateShifts() == 0 ? "" : String.format(" (%,d shifts began over %.0f ticks late, so the kit let them "
                + "skip their nap)", m.lateShifts(), LATE_AFTER_TICKS);
    }

    /** Platform mode's time over virtual mode's: PASS above the floor, else too noisy to tell. */
    static Finding quicker(Observation run) {
        Fact.CooksHired virtual = mode(run, Fact.ThreadKind.VIRTUAL).orElseThrow();
        Fact.CooksHired platform = mode(run, Fact.ThreadKind.PLATFORM).orElseThrow();
        double ratio = (double) took(platform) / Math.max(1, took(virtual));
        String figures = String.format("10,000 virtual cooks in %s, 10,000 platform cooks in %s: %.1f×",
                seconds(took(virtual)), seconds(took(platform)), ratio);
        if (ratio >= TIME_RATIO) {
            return Finding.pass(figures);
        }
        return Finding.inconclusive(figures + String.format(", under the %.1f× the kit expects: the machine was "
                + "too busy to tell, run it again", TIME_RATIO));
    }

    static long took(Fact.CooksHired mode) {
        return mode.endEpochNanos() - mode.startEpochNanos();
    }

    static String seconds(long nanos) {
        return String.format("%.2f s", nanos / 1e9);
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        for (Fact.ThreadKind kind : List.of(Fact.ThreadKind.VIRTUAL, Fact.ThreadKind.PLATFORM)) {
            mode(run, kind).ifPresent(m -> notes.add(String.format("%s %s (%.1f ticks), %,d at once",
                    kind.name().toLowerCase(Locale.ROOT), seconds(took(m)), took(m) / (double) m.napNanos(),
                    m.mostAtOnce())));
        }
        notes.addAll(ThreadsSeen.notes(run));
        return notes;
    }
}
