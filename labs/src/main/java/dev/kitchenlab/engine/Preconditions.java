package dev.kitchenlab.engine;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.lab.Lab;
import dev.kitchenlab.verdict.Finding;
import dev.kitchenlab.verdict.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every lab run is judged on before its own claim: did the lab start, did it end in time, did the
 * kitchen end as a Java program should, and did it leave nothing running behind.
 */
final class Preconditions {
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
    static Outcome judge(Observation run, Lab lab, TimeLimit limit) {
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
            findings.add(TimeoutJudge.judge(run, limit, recheck));
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

    private static Optional<Finding> crashWithoutException(Observation run) {
        int exitCode = run.exitCode().orElse(0);
        boolean mainReturned = run.mainEnd().isPresent();
        boolean saidGoodbye = !run.kitchenEvents(Fact.KitchenExiting.class).isEmpty();
        if (!saidGoodbye) {
            return Optional.of(new Finding("kitchen shut down", Verdict.CRASH, "the kitchen stopped without shutting "
                    + "down (exit code " + exitCode + "): Runtime.halt, a kill signal or a JVM crash",
                    "look for Runtime.halt" + lastLines(run, ", and at the last lines the kitchen wrote, shown below")));
        }
        if (!mainReturned) {
            return Optional.of(new Finding("main returned", Verdict.CRASH, "the kitchen was shut down by System.exit("
                    + exitCode + ") before main returned", "let main finish instead of calling System.exit"));
        }
        if (exitCode != 0) {
            return Optional.of(new Finding("kitchen shut down", Verdict.CRASH, "main returned, then the kitchen ended "
                    + "with exit code " + exitCode + ": System.exit in a cook, or a thread that crashed the JVM",
                    "look for System.exit" + lastLines(run, ", and at the last lines the kitchen wrote, shown below")));
        }
        return Optional.empty();
    }

    /** Words that point at the kitchen's last lines, or nothing when it wrote none: no promise of lines that never came. */
    static String lastLines(Observation run, String words) {
        return run.outputTail().isEmpty() ? "" : words;
    }

    private static String at(String where) {
        return where.isBlank() ? "" : " at " + where;
    }
}
