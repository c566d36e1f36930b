package dev.kitchenlab.catalogue.lab12;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.judging.HungRound;
import dev.kitchenlab.judging.Round;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lab 12, the fourth price of sharing a kitchen: a greedy cook holds the stove for a batch of dishes and takes it
 * again the moment it lets go, and the modest cooks, who glance at the stove ({@code tryLock}) and come back a
 * millisecond later when it is taken, find it taken every time: starvation, cooks ready to work who never get to.
 * The kit hands the student's {@code serve(Shift)} one shift after another in one kitchen, counts every cook's dishes
 * in each: a cook that cooks less than {@link #LEAST_SHARE a quarter} of an equal share in a quarter of the shifts or
 * more starves. A cook short in a shift now and then is the machine's scheduler at work, and is reported, not judged.
 *
 * <p>Measured on 2 cores (JDK 17, 2026-11-29; 4 cooks in 200 ms shifts, dishes of some microseconds): the glancing
 * cooks cooked 0 to 539 dishes in a shift while the greedy cook cooked 3,800 to 37,500, quiet or beside 4 busy loops and
 * other builds (load average 10 to 20), whether the greedy cook held the stove for 50 dishes or for one; a fair lock
 * changes nothing for them, since {@code tryLock()} does not wait in line. Cooks that wait in line ({@code lock()})
 * for one dish at a time got 74 to 99 % of an equal share, fair lock or not. Where the cooks wait in line blocked,
 * whether a greedy cook's batches starve them depends on the machine: on a quiet one an unfair lock left them 1 to 24
 * dishes of 20,000, while on one with 4 busy loops the scheduler, waking each sleeping cook ahead of the greedy one,
 * gave them 88 % of a share; a fair lock with batches gave them a fiftieth of the greedy cook's dishes on a quiet
 * machine and 44 to 73 % of a share under heavy load. So the skeleton's cooks glance, which starves them on any
 * machine, and the kit does not judge batches by themselves.
 *
 * <p>A cook waiting in line can still go short on a machine busy enough: beside lab 15's ten thousand threads, lab 12's
 * other programs and two busy loops, a cook in line on an unfair lock cooked 12 % of a share in 3 of 10 shifts, while
 * another cooked 57,244 dishes in a row (2026-11-30). So shifts in which the machine kept the kit's own control
 * sleeper waiting {@link #HELD_UP_MILLIS} ms or more do not prove starvation: a cook short in a quarter of the shifts
 * only because of such shifts is INCONCLUSIVE, run again as any busy run is. A cook short in three quarters of them
 * starves whatever the machine did: glancing cooks cooked 0 to 21 % of a share in every shift beside four busy loops
 * and another build, where the sleeper woke up to 192 ms late, and cooks in line never went short in more than one.
 */
public final class StarvationLab {
    /** The least share of an equal share a cook may cook in a shift without starving. */
    static final double LEAST_SHARE = 0.25;
    /** Dishes in a row by one cook that make a long turn at the stove: a batch, not a dish. */
    static final int LONG_TURN = 10;
    /** Shifts in which the cooks must have been in the kitchen together before shifts prove anything. */
    static final int TOGETHER_ENOUGH = 5;
    /**
     * How late the kit's control sleeper may wake in a shift before the machine, not the stove, may have kept a cook
     * waiting: on a quiet machine it woke at most 7 ms late in lab 12's shifts, beside two busy loops and another
     * build 0 to 145 ms.
     */
    static final long HELD_UP_MILLIS = 20;
    private static final String SHIFTS = "every shift ends";
    private static final String CREW = "every cook comes to every shift";
    private static final String TOGETHER = "the cooks are in the kitchen together";
    private static final String FED = "no cook starves";
    private static final String PRIORITIES = "the dishes per priority are printed as the kit counted them";
    /** How far a printed count may be from the kit's, as a share of it: the student counts after the join too. */
    static final double PRINTED_SLACK = 0.01;
    /** A high priority that buys less than this many times a low one's dishes did nothing worth the name. */
    static final double PRIORITY_MATTERS = 1.5;
    // "priority 10: 412,345 dishes", in the student's words around it.
    private static final Pattern PRIORITY_LINE =
            Pattern.compile("(?i)priority\\D{0,3}(\\d+)\\D+?(\\d[\\d,._]*)\\s*dish");

    /** The declaration. */
    public static final Lab LAB = Lab.builder("12", "starvation")
            .title("every cook gets the stove")
            .claim("threads that share the kitchen's stove can be kept from it for good by a greedy one: "
                    + "starvation, a cook that is ready to work and never gets to")
            .mainClass("GreedyCook")
            .driver(Driver.STARVATION)
            .timeoutTicks(20)
            .hints("The greedy cook holds the stove for 50 dishes and, the moment it lets go, takes it again: the "
                            + "modest cooks are asleep, waiting, and by the time one wakes the stove is taken.",
                    "Starvation ends when every cook gets turns and no turn is long: hold the stove for one dish at a "
                            + "time, and let the lock hand it to the cook that waited longest (a fair lock).",
                    "In greedy, take the stove for one dish, not 50; and make the stove new ReentrantLock(true), "
                            + "a fair lock that serves waiting cooks in turn. Then compare the dishes a second: "
                            + "fairness has a price.")
            .expect(Expectation.of(SHIFTS, StarvationLab::shiftsEnded,
                    "unlock the stove in a finally block, and cook only while shift.isOpen()"))
            .expect(Expectation.of(CREW, StarvationLab::crew,
                    "start shift.cooks() cooks, the greedy one and the modest ones, and join them all before serve "
                            + "returns").after(SHIFTS))
            .expect(Expectation.of(TOGETHER, StarvationLab::together,
                    "start every cook before you join any: cooks that take turns at the door never starve at the "
                            + "stove").after(CREW))
            .expect(Expectation.of(FED, StarvationLab::fed,
                    "hold the stove for one dish at a time, and make it a fair lock (new ReentrantLock(true)) so a "
                            + "waiting cook gets its turn").after(TOGETHER))
            .expect(Expectation.of(PRIORITIES, StarvationLab::priorities,
                    "start half the cooks at Thread.MAX_PRIORITY and half at Thread.MIN_PRIORITY, join them, and print "
                            + "one line per priority: 'priority 10: 412,345 dishes', summing shift.dishesOf(cook)")
                    .after(SHIFTS))
            .notes(StarvationLab::notes)
            .build();

    private StarvationLab() {
    }

    private static Finding shiftsEnded(Observation run) {
        return HungRound.of(run).map(hung -> Finding.fail(hung.message().replace("round ", "shift "),
                        "unlock the stove in a finally block, so no cook keeps it for good"))
                .orElseGet(() -> Round.of(run).isEmpty() ? Finding.fail("serve never came back from a shift")
                        : Finding.pass(Round.of(run).size() + " shifts ended"));
    }

    private static Finding crew(Observation run) {
        for (Round shift : Round.of(run)) {
            int cooks = shift.race().cooks();
            if (shift.cooks().size() < cooks) {
                return Finding.fail("in shift " + shift.race().round() + " only " + shift.cooks().size() + " of the "
                        + cooks + " cooks came to the stove: a kitchen with fewer cooks than the shift has is not "
                        + "the kitchen of the lab");
            }
        }
        return Finding.pass("all cooks came to every shift");
    }

    private static Finding together(Observation run) {
        List<Round> shifts = Round.of(run);
        long together = shifts.stream().filter(r -> r.mostPresentAtOnce() >= 2).count();
        if (together == 0) {
            return Finding.fail("the cooks took turns: in none of " + shifts.size() + " shifts was a cook in the "
                    + "kitchen while another was, so none ever waited for the stove");
        }
        if (together < Math.min(TOGETHER_ENOUGH, shifts.size())) {
            return Finding.inconclusive("the cooks were in the kitchen together in only " + together + " of "
                    + shifts.size() + " shifts: the machine was too busy to put the stove to the test; run it again");
        }
        return Finding.pass("the cooks were in the kitchen together in " + together + " of " + shifts.size()
                + " shifts");
    }

    private static Finding priorities(Observation run) {
        Optional<Fact.PriorityShift> shift = run.kitchenEvents(Fact.PriorityShift.class).stream().map(Event::fact)
                .findFirst();
        if (shift.isEmpty()) {
            return Finding.fail("priorities never came back from the kit's priority shift");
        }
        Map<Integer, Long> counted = new TreeMap<>(Comparator.reverseOrder());
        run.kitchenEvents(Fact.PriorityCook.class).forEach(c -> counted.merge(c.fact().priority(), c.fact().dishes(),
                Long::sum));
        if (counted.size() < 2) {
            return Finding.fail("all " + shift.get().cooks() + " cooks of the priority shift ran at priority "
                    + counted.keySet().stream().findFirst().map(String::valueOf).orElse("none") + ": set half of them "
                    + "to Thread.MAX_PRIORITY and half to Thread.MIN_PRIORITY before you start them");
        }
        Map<Integer, Long> printed = new HashMap<>();
        run.kitchenLines().stream().filter(l -> l.epochNanos() >= shift.get().startEpochNanos()
                && l.epochNanos() <= shift.get().endEpochNanos()).forEach(line -> {
                    Matcher found = PRIORITY_LINE.matcher(line.text());
                    if (found.find()) {
                        printed.put(Integer.parseInt(found.group(1)),
                                Long.parseLong(found.group(2).replaceAll("\\D", "")));
                    }
                });
        for (Map.Entry<Integer, Long> at : counted.entrySet()) {
            Long said = printed.get(at.getKey());
            if (said == null) {
                return Finding.fail(String.format(Locale.ROOT, "you printed no line for priority %d, and the kit "
                        + "counted %,d dishes by its cooks: print one line per priority, 'priority %d: %,d dishes'",
                        at.getKey(), at.getValue(), at.getKey(), at.getValue()));
            }
            if (Math.abs(said - at.getValue()) > PRINTED_SLACK * at.getValue()) {
                return Finding.fail(String.format(Locale.ROOT, "you printed priority %d: %,d dishes, and the kit "
                        + "counted %,d: count a cook's dishes with shift.dishesOf(cook) once every cook is joined, and "
                        + "add up those of each priority", at.getKey(), said, at.getValue()));
            }
        }
        String figures = counted.entrySet().stream().map(e -> String.format(Locale.ROOT, "priority %d: %,d dishes",
                e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        return Finding.pass("you printed what the kit counted (" + figures + "); " + whatPrioritiesDid(counted,
                shift.get()));
    }

    /** What the priorities did on this machine, honestly: on Linux, by default, nothing. */
    private static String whatPrioritiesDid(Map<Integer, Long> counted, Fact.PriorityShift shift) {
        int high = counted.keySet().stream().max(Integer::compare).orElseThrow();
        int low = counted.keySet().stream().min(Integer::compare).orElseThrow();
        double ratio = (double) counted.get(high) / Math.max(1, counted.get(low));
        String bought = String.format(Locale.ROOT, "here priority %d bought %.2f× the dishes of priority %d, %d "
                + "cooks sharing %d CPUs", high, ratio, low, shift.cooks(), shift.cpus());
        if (ratio < PRIORITY_MATTERS) {
            return bought + ": the JVM hands Java's priorities to the operating system only as a hint, and Linux "
                    + "ignores it unless the JVM runs with -XX:ThreadPriorityPolicy=1 and the right to renice (root); "
                    + "the talk lists priority starvation because where priorities are honoured, low-priority "
                    + "threads can wait for ever behind busy high-priority ones";
        }
        return bought + ": this kitchen honours priorities, so while high-priority cooks keep every CPU busy a "
                + "low-priority cook gets only what is left: priority starvation";
    }

    /** A cook's dishes in one shift, beside an equal share of that shift's. */
    private record Portion(int shift, Event<Fact.RoundCook> cook, double share, long greediest, String greedy) {
        boolean starved() {
            return cook.fact().dishes() < LEAST_SHARE * share;
        }

        double ofShare() {
            return share == 0 ? 1 : cook.fact().dishes() / share;
        }
    }

    private static List<Portion> portions(Round shift) {
        long total = shift.cooks().stream().mapToLong(c -> c.fact().dishes()).sum();
        double share = (double) total / shift.race().cooks();
        Event<Fact.RoundCook> most = shift.cooks().stream().max(Comparator.comparingInt(c -> c.fact().dishes()))
                .orElseThrow();
        return shift.cooks().stream().map(c -> new Portion(shift.race().round(), c, share, most.fact().dishes(),
                most.threadName())).toList();
    }

    private static Finding fed(Observation run) {
        List<Round> shifts = Round.of(run);
        List<Portion> least = shifts.stream().map(s -> portions(s).stream()
                .min(Comparator.comparingDouble(Portion::ofShare)).orElseThrow()).toList();
        List<Portion> starved = least.stream().filter(Portion::starved).toList();
        Set<Integer> heldUp = shifts.stream().filter(r -> run.lateness(r.race().startEpochNanos(),
                r.race().endEpochNanos()).toMillis() >= HELD_UP_MILLIS).map(r -> r.race().round())
                .collect(Collectors.toSet());
        long starvedWhileHeldUp = starved.stream().filter(p -> heldUp.contains(p.shift())).count();
        Portion worst = least.stream().min(Comparator.comparingDouble(Portion::ofShare)).orElseThrow();
        String worstText = String.format(Locale.ROOT, "in shift %d %s cooked %,d dishes while %s cooked %,d, and an "
                + "equal share was %,.0f", worst.shift(), worst.cook().threadName(), worst.cook().fact().dishes(),
                worst.greedy(), worst.greediest(), worst.share());
        OptionalDouble overallShare = leastOverall(shifts);
        boolean goesShort = starved.size() * 4L >= shifts.size()
                || overallShare.isPresent() && overallShare.getAsDouble() < LEAST_SHARE;
        // A cook kept from the stove shift after shift starves on any machine; fewer short shifts, most of them while
        // the machine kept the kit's own sleeper waiting for a core, may be a cook waiting in line for a core, not for
        // the stove.
        boolean machineMayExplainIt = starvedWhileHeldUp > 0
                && (starved.size() - starvedWhileHeldUp) * 4L < shifts.size()
                && starved.size() * 4L < 3L * shifts.size();
        if (goesShort && machineMayExplainIt) {
            return Finding.inconclusive(String.format(Locale.ROOT, "a cook went short in %d of %d shifts (%s), but in "
                    + "%d of them the machine kept the kit's own threads waiting for a core too (by %d ms or more): "
                    + "the kit cannot tell a cook kept from the stove from one kept from a core; run it again",
                    starved.size(), shifts.size(), worstText, starvedWhileHeldUp, HELD_UP_MILLIS));
        }
        if (goesShort) {
            return Finding.fail(String.format(Locale.ROOT, "a cook starved in %d of %d shifts, cooking less than a "
                    + "quarter of an equal share: %s; %s", starved.size(), shifts.size(), worstText,
                    why(run, shifts, worst)));
        }
        String overall = overallShare.isPresent() ? String.format(Locale.ROOT, "every cook cooked at least %.0f %% of "
                + "an equal share over the %d shifts", 100 * overallShare.getAsDouble(), shifts.size())
                : String.format(Locale.ROOT, "the cooks were new threads in each of the %d shifts, so each shift is "
                        + "judged alone", shifts.size());
        if (starved.isEmpty()) {
            return Finding.pass(overall + String.format(Locale.ROOT, ", and at least %.0f %% in every one (the least: "
                    + "%s)", 100 * worst.ofShare(), worstText));
        }
        // A cook short in a shift now and then, on a machine that kept it waiting for a core, is not kept from the
        // stove: starvation is a cook that goes short shift after shift.
        return Finding.pass(String.format(Locale.ROOT, "%s; one went short in %d of them only (%s), fewer than a "
                + "quarter, as a busy machine's scheduler does now and then", overall, starved.size(), worstText));
    }

    /**
     * The least share of an equal share any cook cooked over all the shifts together, a cook known by its name, since
     * every shift has threads of its own; empty when no name came to every shift (a pool made for each shift, threads
     * left unnamed): the shifts' cooks are then strangers, and each shift is judged alone.
     */
    private static OptionalDouble leastOverall(List<Round> shifts) {
        Map<String, LongSummaryStatistics> byCook = shifts.stream().flatMap(s -> s.cooks().stream())
                .collect(Collectors.groupingBy(c -> c.threadName(), Collectors.summarizingLong(c -> c.fact().dishes())));
        LongSummaryStatistics everyShift = byCook.values().stream().filter(cook -> cook.getCount() == shifts.size())
                .mapToLong(LongSummaryStatistics::getSum).summaryStatistics();
        if (everyShift.getCount() == 0) {
            return OptionalDouble.empty();
        }
        double share = everyShift.getAverage();
        return OptionalDouble.of(share == 0 ? 1 : everyShift.getMin() / share);
    }

    /**
     * Why the cooks starved: a cook that glances at the stove and comes back later finds it taken, one that waits in
     * line gets a turn; and a turn of many dishes, when there were turns, leaves the others a sliver.
     */
    private static String why(Observation run, List<Round> shifts, Portion worst) {
        String glance = "a cook that only glances at the stove (tryLock) and comes back later finds it taken every "
                + "time, since a cook that lets go takes it again the moment after: wait in line for it (lock(); a fair lock "
                + "serves the cook that waited longest) and hold it for one dish at a time";
        Set<Integer> measured = shifts.stream().map(s -> s.race().round()).collect(Collectors.toSet());
        Optional<Event<Fact.ShiftTurns>> longest = run.kitchenEvents(Fact.ShiftTurns.class).stream()
                .filter(t -> measured.contains(t.fact().round()))
                .max(Comparator.comparingInt(t -> t.fact().longestTurn()));
        if (worst.cook().fact().dishes() > 0 && longest.isPresent()
                && longest.get().fact().longestTurn() >= LONG_TURN) {
            // The starved cook had turns: they were short beside the longest.
            return String.format(Locale.ROOT, "%s cooked up to %,d dishes in a row, and even a fair lock gives a cook "
                    + "that waits one turn while such a turn lasts; %s", longest.get().threadName(),
                    longest.get().fact().longestTurn(), glance);
        }
        return glance;
    }

    private static List<String> notes(Observation run) {
        List<Round> shifts = Round.of(run);
        List<String> notes = new ArrayList<>();
        run.kitchenEvents(Fact.RoundHung.class).stream().findFirst()
                .ifPresent(hung -> notes.add("hung in shift " + hung.fact().round()));
        if (shifts.isEmpty()) {
            return notes;
        }
        long starved = shifts.stream().filter(s -> portions(s).stream().anyMatch(Portion::starved)).count();
        notes.add("a cook starved in " + starved + " of " + shifts.size() + " shifts");
        double seconds = shifts.stream().mapToDouble(Round::millis).sum() / 1e3;
        long dishes = shifts.stream().flatMap(s -> s.cooks().stream()).mapToLong(c -> c.fact().dishes()).sum();
        notes.add(String.format(Locale.ROOT, "%,.0f dishes a second", dishes / seconds));
        Map<Integer, Long> counted = new HashMap<>();
        run.kitchenEvents(Fact.PriorityCook.class).forEach(c -> counted.merge(c.fact().priority(), c.fact().dishes(),
                Long::sum));
        if (counted.size() >= 2) {
            int high = counted.keySet().stream().max(Integer::compare).orElseThrow();
            int low = counted.keySet().stream().min(Integer::compare).orElseThrow();
            notes.add(String.format(Locale.ROOT, "priority %d bought %.2f× priority %d's dishes", high,
                    (double) counted.get(high) / Math.max(1, counted.get(low)), low));
        }
        return notes;
    }
}
