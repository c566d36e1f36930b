package dev.kitchenlab.catalogue.lab14;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.judging.CookShares;
import dev.kitchenlab.judging.HungRound;
import dev.kitchenlab.judging.Round;
import dev.kitchenlab.lab.Driver;
import dev.kitchenlab.lab.Expectation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lab 14, the last price of sharing a kitchen: cooks look in the pantry ("is a portion left?"), plate it, then take it
 * off the shelf, and between the look and the take another cook takes the last one: the pantry oversells. The shelf's
 * update (a get, then a put) and the books' {@code sold++} are no one step either. The kit hands the student's
 * {@code serve(Rush)} hundreds of rushes in one kitchen, counts every portion plated on the cooks' own threads, and
 * reports, as jcstress reports outcomes, in how many rounds the pantry oversold and by how much; a fix passes when in
 * every round every portion went out once, none twice, and the books match the plates, the cooks still at work
 * together.
 *
 * <p>How often each wrong pantry shows, and why the rush is shaped as it is, is measured in {@code PantryDriver}'s
 * Javadoc.
 */
public final class AtomicityLab {
    /** Rounds in which the cooks must have overlapped before a pantry that never oversold proves anything. */
    static final int OVERLAPPED_ENOUGH = 20;
    private static final String ROUNDS = "every round ends";
    private static final String SHARE = "each cook takes its share of requests";
    private static final String TOGETHER = "the cooks serve at the same time";
    private static final String NOT_OVERSOLD = "no portion goes out twice";
    private static final String SOLD_OUT = "every portion goes out";
    private static final String BOOKS = "the books match the plates";

    /** The declaration. */
    public static final Lab LAB = Lab.builder("14", "atomicity")
            .title("the last portion sold once")
            .claim("a check and the act that depends on it (if a portion is left, take it) are two steps, and so is "
                    + "count++: another thread can cut in between, so a pantry shared by cooks oversells unless each "
                    + "is made one atomic step")
            .mainClass("LastPortion")
            .driver(Driver.ATOMICITY)
            .timeoutTicks(20)
            .hints("Two cooks look at the shelf at the same moment, both see the last portion, both plate it and both "
                            + "take it off: the shelf goes below zero. sold++ has the same gap: a read, an add, a "
                            + "write.",
                    "Make the look and the take one step no other cook can cut into, and take before you plate: a "
                            + "method that answers: I took one, or none left. The books need one step too.",
                    "Write synchronized boolean takeOne(String dish) { int left = shelves.get(dish); if (left == 0) "
                            + "return false; shelves.put(dish, left - 1); sold++; return true; } and in serveOne: "
                            + "if (takeOne(dish)) rush.plate(dish). Or shelves.compute(...) with an AtomicInteger.")
            .expect(Expectation.of(ROUNDS, AtomicityLab::roundsEnded,
                    "every lock a cook takes must be let go (unlock in a finally block), and no cook may wait for what "
                            + "never comes"))
            .expect(Expectation.of(SHARE, run -> CookShares.of(Round.of(run), "oversell"),
                    "start rush.cooks() cooks, each taking rush.dishes() requests, and join them all before serve "
                            + "returns").after(ROUNDS))
            .expect(Expectation.of(TOGETHER, AtomicityLab::together,
                    "start every cook before you join any: a fix that keeps the cooks apart hides the oversell "
                            + "instead of fixing it").after(SHARE))
            .expect(Expectation.of(NOT_OVERSOLD, AtomicityLab::notOversold,
                    "make the look at the shelf and the take one step (a synchronized takeOne that returns whether it "
                            + "took a portion, or shelves.compute), and plate only what you took").after(SHARE))
            .expect(Expectation.of(SOLD_OUT, AtomicityLab::soldOut,
                    "a take that finds a portion left must get it: retry a compareAndSet that lost, rather than "
                            + "turning the guest away").after(NOT_OVERSOLD))
            .expect(Expectation.of(BOOKS, AtomicityLab::books,
                    "count a sale in the same step as the take, or with an AtomicInteger (incrementAndGet)")
                    .after(NOT_OVERSOLD))
            .notes(AtomicityLab::notes)
            .build();

    private AtomicityLab() {
    }

    private static Finding roundsEnded(Observation run) {
        return HungRound.of(run).orElseGet(() -> Round.of(run).isEmpty()
                ? Finding.fail("serve never came back from a round")
                : Finding.pass(Round.of(run).size() + (Round.of(run).size() == 1 ? " round" : " rounds") + " ended"));
    }

    private static Finding together(Observation run) {
        List<Round> rounds = Round.of(run);
        int total = rounds.size();
        long paused = rounds.stream().filter(Round::paused).count();
        if (paused * 2 > total) {
            return Finding.fail("your cooks paused between requests (a sleep, or a wait): in " + paused + " of "
                    + total + " rounds a cook took most of its requests after a pause; cooks kept apart oversell less "
                    + "often, but the gap between the look and the take is still there",
                    "take the pause out: make the look and the take one step, and the cooks can serve at full speed");
        }
        long overlapped = rounds.stream().filter(r -> r.mostAtOnce() >= 2).count();
        if (overlapped == 0) {
            return Finding.fail("the cooks took turns: in none of " + total + " rounds did a cook serve while another "
                    + "did, so nobody shared the pantry and nothing could be oversold; cooks that take turns are one "
                    + "cook at a time");
        }
        if (overlapped < Math.min(OVERLAPPED_ENOUGH, total)) {
            return Finding.inconclusive("the cooks served at the same time in only " + overlapped + " of " + total
                    + " rounds: the machine was too busy for the kit to put the pantry to the test; run it again");
        }
        return Finding.pass("the cooks served at the same time in " + overlapped + " of " + total + " rounds");
    }

    private static Finding notOversold(Observation run) {
        List<Fact.PantryRound> pantries = measured(run);
        if (pantries.isEmpty()) {
            return Finding.fail("no round reported its pantry");
        }
        List<Fact.PantryRound> over = pantries.stream().filter(p -> p.oversold() > 0).toList();
        if (over.isEmpty()) {
            return Finding.pass(String.format(Locale.ROOT, "oversold in 0 of %d rounds", pantries.size()));
        }
        Fact.PantryRound worst = over.stream().max(Comparator.comparingLong(Fact.PantryRound::oversold)).orElseThrow();
        String frequency = String.format(Locale.ROOT, "oversold in %d of %d rounds, worst round %,d portion%s too "
                + "many (round %d, %d of the %d dishes)", over.size(), pantries.size(), worst.oversold(),
                worst.oversold() == 1 ? "" : "s", worst.round(), worst.dishesOversold(), menu(run));
        Fact.PantryClass pantry = pantryClass(run);
        int cooks = Round.of(run).get(0).race().cooks();
        boolean lostTakes = over.stream().anyMatch(p -> p.mostOverOneDish() > cooks - 1);
        if (!lostTakes && booksRight(run)) {
            return Finding.fail(frequency + ": never more than " + (cooks - 1) + " too many of one dish and the books "
                    + "right, so each step was safe alone; but between a cook's look at the shelf and its take the "
                    + "other cook took the last portion, and both plated it: a check and an act are one step only "
                    + "when one lock (or one compute) holds both");
        }
        String why = ": two cooks both saw a portion left, both plated it and both took it off the shelf, which went "
                + "below zero";
        if (pantry != null && pantry.concurrentMap() && !pantry.oneStepMapUpdate()) {
            why += "; your shelves are a ConcurrentHashMap, whose every get and every put is safe alone, but a get, "
                    + "then a put of one less, is two steps another cook cuts in between (compute does both in one)";
        } else {
            why += "; and taking one off is itself a read of the shelf, then a write of one less, so a cook also "
                    + "wrote back a count the other had already lowered";
        }
        return Finding.fail(frequency + why);
    }

    private static Finding soldOut(Observation run) {
        List<Fact.PantryRound> pantries = measured(run);
        List<Fact.PantryRound> left = pantries.stream().filter(p -> p.unsold() > 0).toList();
        if (!left.isEmpty()) {
            Fact.PantryRound most = left.stream().max(Comparator.comparingLong(Fact.PantryRound::unsold))
                    .orElseThrow();
            return Finding.fail(String.format(Locale.ROOT, "portions were left on the shelves while guests were "
                    + "turned away in %d of %d rounds (round %d: %,d of %,d left, though more were asked for): a take "
                    + "that lost a race to another cook gave up instead of trying again", left.size(), pantries.size(),
                    most.round(), most.unsold(), (long) most.portions() * menu(run)));
        }
        return Finding.pass(String.format(Locale.ROOT, "every one of the %,d portions went out in every round",
                (long) pantries.get(0).portions() * menu(run)));
    }

    private static Finding books(Observation run) {
        List<Round> rounds = Round.of(run);
        Map<Integer, Fact.PantryRound> pantries = pantries(run);
        List<Round> wrong = rounds.stream().filter(r -> r.race().counted() != plated(pantries, r)).toList();
        if (wrong.isEmpty()) {
            return Finding.pass(String.format(Locale.ROOT, "the books matched the plates in all %d rounds",
                    rounds.size()));
        }
        Round worst = wrong.stream().max(Comparator.comparingLong(r -> Math.abs(plated(pantries, r)
                - r.race().counted()))).orElseThrow();
        String frequency = String.format(Locale.ROOT, "the books were wrong in %d of %d rounds, worst round %d: "
                + "%,d sold by the books, %,d plated by the kit's count", wrong.size(), rounds.size(),
                worst.race().round(), worst.race().counted(), plated(pantries, worst));
        Fact.PantryClass pantry = pantryClass(run);
        String code = pantry == null || pantry.countUpdate().isEmpty() ? ""
                : "; the JVM runs it as separate bytecodes (javap -c): " + pantry.countUpdate();
        if (pantry != null && !pantry.volatileFields().isEmpty()) {
            return Finding.fail(frequency + ": your " + pantry.volatileFields() + " is volatile, so every cook sees "
                    + "the latest count, but count++ is still a read, an add and a write, and two cooks read the "
                    + "same count and both wrote it back plus one" + code);
        }
        return Finding.fail(frequency + ": count++ is a read, an add and a write, and two cooks read the same count "
                + "and both wrote it back plus one" + code);
    }

    private static long plated(Map<Integer, Fact.PantryRound> pantries, Round round) {
        Fact.PantryRound pantry = pantries.get(round.race().round());
        return pantry == null ? round.good() : pantry.plated();
    }

    private static boolean booksRight(Observation run) {
        Map<Integer, Fact.PantryRound> pantries = pantries(run);
        return Round.of(run).stream().allMatch(r -> r.race().counted() == plated(pantries, r));
    }

    private static int menu(Observation run) {
        return run.kitchenEvents(Fact.PantryRound.class).stream().mapToInt(e -> e.fact().menuDishes()).findFirst()
                .orElse(0);
    }

    private static Fact.PantryClass pantryClass(Observation run) {
        return run.kitchenEvents(Fact.PantryClass.class).stream().map(Event::fact).findFirst().orElse(null);
    }

    private static Map<Integer, Fact.PantryRound> pantries(Observation run) {
        return run.kitchenEvents(Fact.PantryRound.class).stream().map(Event::fact)
                .collect(Collectors.toMap(Fact.PantryRound::round, Function.identity(), (a, b) -> a));
    }

    /** The pantry of each round the frequencies are told over. */
    private static List<Fact.PantryRound> measured(Observation run) {
        Map<Integer, Fact.PantryRound> pantries = pantries(run);
        return Round.of(run).stream().map(r -> pantries.get(r.race().round())).filter(p -> p != null).toList();
    }

    private static List<String> notes(Observation run) {
        List<String> notes = new ArrayList<>();
        List<Fact.PantryRound> pantries = measured(run);
        if (!pantries.isEmpty()) {
            notes.add("oversold in " + pantries.stream().filter(p -> p.oversold() > 0).count() + " of "
                    + pantries.size() + " rounds");
            Map<Integer, Fact.PantryRound> byRound = pantries(run);
            notes.add("books wrong in " + Round.of(run).stream().filter(r -> r.race().counted()
                    != plated(byRound, r)).count());
            notes.add("cooks together in " + Round.of(run).stream().filter(r -> r.mostAtOnce() >= 2).count());
        }
        Optional.ofNullable(pantryClass(run)).ifPresent(p -> notes.add(!p.javap() ? "no javap in this JDK"
                : p.countUpdate().isEmpty() ? "no count++ on a field" : "count++ in bytecode: " + p.countUpdate()));
        return notes;
    }
}
