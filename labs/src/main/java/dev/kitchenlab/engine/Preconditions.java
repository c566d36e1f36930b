package dev.kitchenlab.engine;

import dev.kitchenlab.events.Durations;
import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every lab run is judged on before its own claim: did the lab start, did it end in time, did the
 * kitchen end as a Java program should, and did it leave nothing running behind.
 */
final class Preconditions {
    // How many threads a timeout names, at most.
    private static final int WHERE_THREADS = 4;
    /**
     * The findings common to all labs.
     *
     * @param findings what was found
     * @param reachedTheWork whether the lab's own work ran, so that its expectations have something to judge
     */
    record Outcome(List<Finding> findings, boolean reachedTheWork) {
    }

    private Preconditions() {
    }

    /** The findings common to all labs; a run that never reached the lab's work gets one finding only. */
    static Outcome judge(Observation run, Lab lab) {
        String recheck = "mvn kitchen:check -Dlab=" + lab.id();
        Optional<Fact.MainEnded> end = run.mainEnd().map(Event::fact);
        if (end.isPresent() && end.get() instanceof Fact.NoLab noLab) {
            return new Outcome(List.of(new Finding("a lab to run", Verdict.ERROR, noLab.why(),
                    "compile the project, then " + recheck)), false);
        }
        // A step of another lab reached on the way (lab 06 tries the student's lab 05 wrapper) does not count here.
        Optional<Fact.TodoReached> todo = run.events(Fact.TodoReached.class).stream().map(Event::fact)
                .filter(t -> t.where().isEmpty() || t.where().contains("." + lab.packageSegment() + ".")).findFirst()
                .or(() -> end.filter(Fact.LabNotStarted.class::isInstance).map(Fact.LabNotStarted.class::cast)
                        .map(notStarted -> new Fact.TodoReached(notStarted.step(), notStarted.where())));
        if (todo.isPresent()) {
            return new Outcome(List.of(new Finding("lab started", Verdict.FAIL, "lab not started: "
                    + todo.get().step() + at(todo.get().where()),
                    "write that step (and delete its todo call), then run " + recheck)), false);
        }
        List<Finding> findings = new ArrayList<>();
        if (run.stoppedFor().isPresent()) {
            findings.add(new Finding("within the lab's limits", Verdict.FAIL, run.stoppedFor().get()
                    + "; the kit stopped the kitchen and every process under it",
                    "wait for each process or thread you start before starting more, or use a pool"));
        } else if (run.timedOut()) {
            findings.add(timedOut(run));
        } else if (end.isPresent() && end.get() instanceof Fact.MainThrew threw) {
            findings.add(new Finding("main returned", Verdict.CRASH, "main threw " + threw.exception()
                    + at(threw.where()), threw.exception().startsWith("java.lang.OutOfMemoryError")
                    ? "the kitchen's heap is capped at " + lab.jvmOptions().kitchenHeap().orElse("the JVM's default")
                    + " for this lab: look for what keeps growing, then run " + recheck
                    : "the stack trace is below; fix the cause, then run " + recheck));
        } else if (run.kitchenEvents(Fact.RoundHung.class).isEmpty()) {
            // A stress run halts its own kitchen when a round hangs: the lab names the hang, it is no crash.
            crashWithoutException(run).ifPresent(findings::add);
        }
        for (Event<Fact.ThreadDied> died : run.kitchenEvents(Fact.ThreadDied.class)) {
            findings.add(new Finding("no cook thread died", Verdict.CRASH, "the thread " + died.threadName()
                    + " died: it threw " + died.fact().exception() + at(died.fact().where()),
                    "a cook that throws loses its dish and its thread: fix the cause, or catch what the cook can "
                            + "handle"));
        }
        long dropped = run.events(Fact.OutputTruncated.class).stream().mapToLong(e -> e.fact().droppedLines()).max()
                .orElse(-1);
        if (dropped >= 0) {
            findings.add(new Finding("output within limits", Verdict.FAIL, String.format(Locale.ROOT,
                    "a process of the lab printed %s lines; the kit keeps the first %,d of each process and cannot "
                            + "judge what came after", dropped > 0
                            ? String.format(Locale.ROOT, "%,d", SideChannel.MAX_LINES + dropped)
                            : "more than " + SideChannel.MAX_LINES, SideChannel.MAX_LINES),
                    "print only what the lab asks for"));
        }
        if (!run.leftovers().isEmpty()) {
            findings.add(new Finding("nothing left running", Verdict.FAIL, (run.leftovers().size() == 1
                    ? "a process started by your kitchen outlived it: " : run.leftovers().size()
                    + " processes started by your kitchen outlived it: ") + String.join(", ", run.leftovers())
                    + "; the kit stopped " + (run.leftovers().size() == 1 ? "it" : "them"),
                    "close your pool (try-with-resources), and wait for every process you start (Process.waitFor)"));
        }
        return new Outcome(findings, true);
    }

    /**
     * A kitchen stopped at its timeout, judged on where its threads were just before: cooks still in a
     * {@code Thread.sleep} of the student's own are a hard-coded sleep (FAIL, with the line); anything else is a
     * TIMEOUT that says where each thread was.
     */
    private static Finding timedOut(Observation run) {
        String stopped = String.format("after %s (%.0f ticks)", Durations.format(run.timeout()),
                run.inTicks(run.timeout()));
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
        List<String> sleepers = stacks.stream().filter(Preconditions::inAStudentsSleep)
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
                    "end every thread you start (join it, or shut your executor down), or close your pool");
        }
        return new Finding("ended in time", Verdict.TIMEOUT, "the kitchen was still cooking " + stopped
                + ", so the kit stopped it and every process under it" + (where.isEmpty() ? "" : "; just before, " + where),
                "look for an endless loop, a deadlock, or a cook or thread that never finishes; "
                        + "the last lines the kitchen wrote are shown below");
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

    private static Optional<Finding> crashWithoutException(Observation run) {
        int exitCode = run.exitCode().orElse(0);
        boolean mainReturned = run.mainEnd().isPresent();
        boolean saidGoodbye = !run.kitchenEvents(Fact.KitchenExiting.class).isEmpty();
        if (!saidGoodbye) {
            return Optional.of(new Finding("kitchen shut down", Verdict.CRASH, "the kitchen stopped without shutting "
                    + "down (exit code " + exitCode + "): Runtime.halt, a kill signal or a JVM crash",
                    "look for Runtime.halt, and at the last lines the kitchen wrote, shown below"));
        }
        if (!mainReturned) {
            return Optional.of(new Finding("main returned", Verdict.CRASH, "the kitchen was shut down by System.exit("
                    + exitCode + ") before main returned", "let main finish instead of calling System.exit"));
        }
        if (exitCode != 0) {
            return Optional.of(new Finding("kitchen shut down", Verdict.CRASH, "main returned, then the kitchen ended "
                    + "with exit code " + exitCode + ": System.exit in a cook, or a thread that crashed the JVM",
                    "look for System.exit, and at the last lines the kitchen wrote, shown below"));
        }
        return Optional.empty();
    }

    private static String at(String where) {
        return where.isBlank() ? "" : " at " + where;
    }
}
