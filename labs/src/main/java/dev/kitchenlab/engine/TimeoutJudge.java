package dev.kitchenlab.engine;

import dev.kitchenlab.events.Durations;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Judges a kitchen stopped at its time limit, on where its threads were just before: a deadlock; cooks still in a
 * {@code Thread.sleep} of the student's own (a hard-coded sleep, FAIL with the line); a limit the student set too
 * short for the lab to begin; anything else a TIMEOUT that says where each thread was, and names the student's
 * {@code -Dkitchen.timeout} whenever it is the limit that was reached.
 */
final class TimeoutJudge {
    // How many threads a timeout names, at most.
    private static final int WHERE_THREADS = 4;

    private TimeoutJudge() {
    }

    /** The finding of a run stopped at {@code limit}; {@code recheck} is the command that checks the lab again. */
    static Finding judge(Observation run, TimeLimit limit, String recheck) {
        String stopped = limit.stopped(run.tick());
        // main first, then the other threads by name: a message that reads the same on every run.
        List<Event<Fact.StackAtDeadline>> stacks = run.events(Fact.StackAtDeadline.class).stream()
                .sorted(Comparator.comparing((Event<Fact.StackAtDeadline> s) -> !run.onMainThread(s))
                        .thenComparing(Event::threadName))
                .toList();
        List<Event<Fact.StackAtDeadline>> deadlocked = stacks.stream().filter(s -> s.fact().deadlocked()).toList();
        if (!deadlocked.isEmpty()) {
            return new Finding("ended in time", Verdict.TIMEOUT, "a deadlock: " + deadlocked.stream()
                    .map(s -> s.threadName() + (s.fact().where().isEmpty() ? "" : " at " + s.fact().where()))
                    .collect(Collectors.joining(" and ")) + " each waited for a lock another of them held, so the "
                    + "kit stopped the kitchen " + stopped,
                    "take the locks in one order everywhere (or with tryLock and a time limit)");
        }
        if (limit.setByStudent() && run.mainStart().isEmpty()) {
            // Nothing of the student's ran: the setting, not the code, ended the run.
            return new Finding("ended in time", Verdict.TIMEOUT, "the kit stopped the kitchen " + stopped
                    + ", before the lab's main had even begun; on its own this lab is given "
                    + limit.labsOwnToType() + " (its ticks and time for the JVMs to start)",
                    "leave -Dkitchen.timeout out, or give it at least " + limit.labsOwnToType() + ": "
                            + recheck);
        }
        List<String> sleepers = stacks.stream().filter(TimeoutJudge::inAStudentsSleep)
                .map(s -> s.fact().where()).distinct().toList();
        if (!sleepers.isEmpty()) {
            return new Finding("ended in time", Verdict.FAIL, "your cooks were still in Thread.sleep at "
                    + String.join(" and at ", sleepers) + " when the kit stopped the kitchen " + stopped
                    + ": they sleep as long as the code says, not one tick (" + Durations.format(run.tick()) + ")",
                    "sleep with Tick.sleep(), so a check can shorten the tick");
        }
        String where = stacks.stream().limit(WHERE_THREADS).map(s -> s.threadName() + " was "
                + s.fact().state().toLowerCase(Locale.ROOT) + (s.fact().where().isEmpty() ? "" : " at " + s.fact().where()))
                .collect(Collectors.joining("; "));
        boolean mainReturned = run.mainEnd().map(Event::fact).filter(Fact.MainReturned.class::isInstance).isPresent();
        if (mainReturned) {
            return new Finding("ended in time", Verdict.TIMEOUT, "main returned, but the kitchen was still open "
                    + stopped + ": a thread that is not a daemon kept it alive" + (where.isEmpty() ? "" : "; just before, "
                    + where) + "; the kit stopped it and every process under it",
                    tooShort(limit, recheck) + "end every thread you start (join it, or shut your executor down), or "
                            + "close your pool");
        }
        return new Finding("ended in time", Verdict.TIMEOUT, "the kitchen was still cooking " + stopped
                + ", so the kit stopped it and every process under it" + (where.isEmpty() ? "" : "; just before, " + where),
                tooShort(limit, recheck) + "look for an endless loop, a deadlock, or a cook or thread that never finishes"
                        + Preconditions.lastLines(run, "; the last lines the kitchen wrote are shown below"));
    }

    /** Advice that comes first when the student's limit is shorter than the lab's own: it may be all that is wrong. */
    private static String tooShort(TimeLimit limit, String recheck) {
        if (!limit.studentsIsShorter()) {
            return "";
        }
        return "your -Dkitchen.timeout is shorter than the " + limit.labsOwnToType() + " this lab is given "
                + "on its own: leave it out and run " + recheck + "; if it still times out, ";
    }

    /**
     * Whether a thread was in one long {@code Thread.sleep} called from the student's code: not the kit's tick, and
     * not a loop of short sleeps (a thread deaf to interrupts, a poll), which wakes while it is watched.
     */
    private static boolean inAStudentsSleep(Event<Fact.StackAtDeadline> stack) {
        String frames = stack.fact().frames();
        return frames.contains("java.lang.Thread.sleep") && !frames.contains("dev.kitchenlab.kitchen.Tick.sleep")
                && !stack.fact().where().isEmpty() && stack.fact().inOneWait();
    }
}
