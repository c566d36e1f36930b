package dev.kitchenlab.engine.page;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cooks of one run as its events tell them, on the run's one wall clock: each thread the lab's program started
 * in the kitchen, and each process below the kitchen that checked in, with when it lived and what work it did.
 * A cook's work is each dish the kit's pools gave it; a cook that took no dish (a plain {@code Thread}, a child JVM)
 * did one piece of work, its whole life, unless other cooks of its kind took dishes (then it idled). So four cooks
 * of a pool of four show four bars side by side, and one cook given four dishes shows four bars one after the other.
 */
public final class Cooks {
    /** What the one piece of work of a cook that took no dish is called. */
    public static final String WHOLE_LIFE = "its whole life";
    private Cooks() {
    }

    /** The kitchen's main thread, when the events name it, and every cook, in the order they appeared. */
    public static Timeline of(List<Event<?>> events) {
        Optional<Event<?>> hello = events.stream().filter(e -> e.fact() instanceof Fact.Hello h
                && h.role() == Fact.Role.KITCHEN).findFirst();
        long kitchen = hello.map(Event::pid).orElse(-1L);
        Map<Long, Fact.Role> jvms = new HashMap<>();
        events.stream().filter(e -> e.fact() instanceof Fact.Hello).forEach(e -> jvms.put(e.pid(),
                ((Fact.Hello) e.fact()).role()));
        Optional<Event<?>> main = events.stream().filter(e -> e.fact() instanceof Fact.MainStarted).findFirst();
        Map<String, Builder> cooks = new LinkedHashMap<>();
        Map<String, Event<?>> openDishes = new HashMap<>();
        Span mainSpan = null;
        for (Event<?> event : events) {
            // The inspector's own notes and the kit's JVM-wide reports are no cook's doing.
            if (!jvms.containsKey(event.pid())) {
                continue;
            }
            boolean onMain = main.isPresent() && event.sameThreadAs(main.get());
            if (event.pid() == kitchen && onMain) {
                mainSpan = mainSpan == null ? new Span(event.epochNanos(), event.epochNanos(), "main")
                        : new Span(mainSpan.startNanos(), event.epochNanos(), "main");
                continue;
            }
            if (event.pid() == kitchen && !cookThreadEvent(event.fact()) && !cooks.containsKey(key(event, kitchen))) {
                continue;
            }
            String key = key(event, kitchen);
            Builder cook = cooks.computeIfAbsent(key, k -> new Builder(name(event, kitchen, jvms), event.pid(),
                    event.pid() != kitchen, event.epochNanos()));
            cook.seen(event.epochNanos());
            Fact fact = event.fact();
            if (fact instanceof Fact.Slept slept) {
                cook.seen(slept.startEpochNanos());
                cook.sleeps.add(new Span(slept.startEpochNanos(), event.epochNanos(), "asleep"));
            } else if (fact instanceof Fact.DishStarted dish) {
                openDishes.put(key + "/" + dish.item(), event);
            } else if (fact instanceof Fact.DishFinished dish) {
                Event<?> started = openDishes.remove(key + "/" + dish.item());
                if (started != null) {
                    cook.dishes.add(new Span(started.epochNanos(), event.epochNanos(), dish.item()));
                }
            } else if (fact instanceof Fact.OutputLine line) {
                cook.lines.add(new Said(event.epochNanos(), line.text()));
            }
        }
        // The kitchen tells when it started and saw end each cook process of the kit's pool: a JVM lives before it
        // checks in, and that start is part of what a process costs.
        for (Event<?> event : events) {
            long pid = event.fact() instanceof Fact.CookProcessStarted started ? started.cookPid()
                    : event.fact() instanceof Fact.CookProcessEnded ended ? ended.cookPid() : -1;
            if (cooks.containsKey("p" + pid)) {
                cooks.get("p" + pid).seen(event.epochNanos());
            }
        }
        // A dish never finished (the cook crashed, the lab was stopped) lasted as long as its cook was seen.
        openDishes.forEach((k, started) -> {
            Builder cook = cooks.get(k.substring(0, k.indexOf('/')));
            cook.dishes.add(new Span(started.epochNanos(), cook.lastNanos,
                    ((Fact.DishStarted) started.fact()).item() + " (never finished)"));
        });
        // A pool's cook that took no dish idled: its life is no work when other cooks of its kind took dishes.
        Set<Boolean> kindsWithDishes = new HashSet<>();
        cooks.values().stream().filter(c -> !c.dishes.isEmpty()).forEach(c -> kindsWithDishes.add(c.process));
        List<Cook> built = cooks.values().stream().map(c -> c.build(kindsWithDishes.contains(c.process)))
                .sorted(Comparator.comparingLong(Cook::bornNanos)).toList();
        return new Timeline(Optional.ofNullable(mainSpan), built);
    }

    /** Facts that show a thread of the kitchen at a cook's work; any other (the kit's driver) makes no cook. */
    private static boolean cookThreadEvent(Fact fact) {
        return fact instanceof Fact.ThreadSeen || fact instanceof Fact.DishStarted || fact instanceof Fact.Slept
                || fact instanceof Fact.OutputLine;
    }

    // A thread of the kitchen is one cook; a cook process is one cook, whatever threads it ran its dishes on.
    private static String key(Event<?> event, long kitchen) {
        return event.pid() == kitchen ? "t" + event.threadId() : "p" + event.pid();
    }

    // A cook of the kit's process pool, or a JVM the lab started itself (lab 08's crash kitchens, a plain child).
    private static String name(Event<?> event, long kitchen, Map<Long, Fact.Role> roles) {
        return event.pid() == kitchen ? event.threadName()
                : (roles.get(event.pid()) == Fact.Role.COOK ? "cook process " : "process ") + event.pid();
    }

    /**
     * The whole picture of one run.
     *
     * @param main the kitchen's main thread from its first event to its last, if it reported any
     * @param cooks every cook, the first to appear first
     */
    public record Timeline(Optional<Span> main, List<Cook> cooks) {
        /** Keeps the list immutable. */
        public Timeline {
            cooks = List.copyOf(cooks);
        }

        /** The earliest instant on the timeline, in epoch nanoseconds, or 0 when it is empty. */
        public long startNanos() {
            long cooksStart = cooks.stream().mapToLong(Cook::bornNanos).min().orElse(Long.MAX_VALUE);
            long start = Math.min(cooksStart, main.map(Span::startNanos).orElse(Long.MAX_VALUE));
            return start == Long.MAX_VALUE ? 0 : start;
        }

        /** The latest instant on the timeline, in epoch nanoseconds, or 0 when it is empty. */
        public long endNanos() {
            long cooksEnd = cooks.stream().mapToLong(Cook::goneNanos).max().orElse(0);
            return Math.max(cooksEnd, main.map(Span::endNanos).orElse(0L));
        }
    }

    /**
     * One cook.
     *
     * @param name its thread's name, or {@code cook process PID} (a cook of the kit's pool), {@code process PID}
     * @param pid the process it ran in
     * @param process whether it is a process of its own (else a thread of the kitchen)
     * @param bornNanos when it was first seen, in epoch nanoseconds
     * @param goneNanos when it was last seen
     * @param work what it did: its dishes, or its whole life when it took none
     * @param sleeps when it slept through the kit
     * @param lines what it printed, and when
     */
    public record Cook(String name, long pid, boolean process, long bornNanos, long goneNanos, List<Span> work,
                       List<Span> sleeps, List<Said> lines) {
        /** Keeps the lists immutable. */
        public Cook {
            work = List.copyOf(work);
            sleeps = List.copyOf(sleeps);
            lines = List.copyOf(lines);
        }
    }

    /**
     * A stretch of time.
     *
     * @param startNanos when it began, in epoch nanoseconds
     * @param endNanos when it ended
     * @param what what it was
     */
    public record Span(long startNanos, long endNanos, String what) {
    }

    /**
     * A line a cook printed.
     *
     * @param epochNanos when
     * @param text what
     */
    public record Said(long epochNanos, String text) {
    }

    private static final class Builder {
        private final String name;
        private final long pid;
        private final boolean process;
        private long firstNanos;
        private long lastNanos;
        private final List<Span> dishes = new ArrayList<>();
        private final List<Span> sleeps = new ArrayList<>();
        private final List<Said> lines = new ArrayList<>();

        Builder(String name, long pid, boolean process, long firstNanos) {
            this.name = name;
            this.pid = pid;
            this.process = process;
            this.firstNanos = firstNanos;
            this.lastNanos = firstNanos;
        }

        void seen(long nanos) {
            firstNanos = Math.min(firstNanos, nanos);
            lastNanos = Math.max(lastNanos, nanos);
        }

        Cook build(boolean anyDishes) {
            List<Span> work = dishes.isEmpty() ? anyDishes ? List.of() : List.of(new Span(firstNanos, lastNanos,
                    WHOLE_LIFE))
                    : dishes.stream().sorted(Comparator.comparingLong(Span::startNanos)).toList();
            return new Cook(name, pid, process, firstNanos, lastNanos, work, sleeps, lines);
        }
    }
}
