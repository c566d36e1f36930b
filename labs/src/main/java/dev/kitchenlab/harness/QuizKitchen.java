package dev.kitchenlab.harness;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Pool;
import dev.kitchenlab.kitchen.ProcessPool;
import dev.kitchenlab.kitchen.ThreadPool;
import dev.kitchenlab.kitchen.Tick;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Lab 04's quiz kitchen: the talk's two programs, {@code Pool().map(say_hello, NAMES)} and
 * {@code ThreadPool(n).map(say_hello, NAMES)}, run by the kit to check the student's predictions. It is a JVM of its
 * own, started by {@link QuizDriver} with the CPU count under test ({@code -XX:ActiveProcessorCount}) and the quiz's
 * tick, and reports each run as a {@link Fact.QuizRun}.
 *
 * <p>Usage: {@code QuizKitchen SCENARIO...}, each {@code process:NAMES} (a pool of one cook process per CPU, as
 * {@code Pool()}), {@code threads:COOKS:NAMES}, or {@code order:ROUNDS} (four cooks greeting four names again and
 * again after short naps, for the order alone).
 */
public final class QuizKitchen {
    /** The names greeted, the talk's four first; a big pool greets guests beyond them. */
    private static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy", "Ana", "Ben", "Cleo", "Dev",
            "Eli", "Fay", "Gus", "Hal");
    private static final long WARM_UP_LIMIT = TimeUnit.SECONDS.toNanos(60);
    private static final String WARM_UP = "";
    private static final int ORDER_COOKS = 4;
    private static final double ORDER_NAP_TICKS = 0.1;
    private static final Duration WARM_UP_NAP = Duration.ofMillis(20);

    private QuizKitchen() {
    }

    /** Runs the scenarios given, in order. */
    public static void main(String[] args) {
        SideChannel events = SideChannel.current();
        for (String scenario : args) {
            String[] parts = scenario.split(":");
            switch (parts[0]) {
                case "process" -> {
                    try (ProcessPool pool = new ProcessPool()) {
                        events.emit(serve(pool, Fact.PoolKind.PROCESS, Integer.parseInt(parts[1]), false));
                    }
                }
                case "threads" -> {
                    try (ThreadPool pool = new ThreadPool(Integer.parseInt(parts[1]))) {
                        events.emit(serve(pool, Fact.PoolKind.THREAD, Integer.parseInt(parts[2]), false));
                    }
                }
                default -> {
                    try (ThreadPool pool = new ThreadPool(ORDER_COOKS)) {
                        for (int round = 0; round < Integer.parseInt(parts[1]); round++) {
                            events.emit(serve(pool, Fact.PoolKind.THREAD, ORDER_COOKS, true));
                        }
                    }
                }
            }
        }
    }

    /**
     * One map of the talk's {@code say_hello} over the first names, on a pool whose every cook has already served
     * once: Python forks its workers in microseconds, a cook JVM takes a few hundred milliseconds to start, and the
     * question is how long the map takes, not how long the JVMs take.
     */
    private static Fact.QuizRun serve(Pool pool, Fact.PoolKind kind, int names, boolean forOrder) {
        warmUp(pool);
        List<String> greeted = IntStream.range(0, names)
                .mapToObj(i -> i < NAMES.size() ? NAMES.get(i) : "Guest" + (i + 1)).toList();
        long start = Event.now();
        List<Long> greetedAt = pool.mapResults(forOrder ? QuizKitchen::sayHelloSoon : QuizKitchen::sayHello, greeted);
        long last = greetedAt.stream().mapToLong(Long::longValue).max().orElse(start);
        String order = IntStream.range(0, names).boxed().sorted(Comparator.comparing(greetedAt::get))
                .map(greeted::get).collect(Collectors.joining(","));
        return new Fact.QuizRun(kind, Runtime.getRuntime().availableProcessors(), pool.size(), names, last - start,
                Tick.duration().toNanos(), order, forOrder);
    }

    private static void warmUp(Pool pool) {
        Set<String> served = ConcurrentHashMap.newKeySet();
        long until = System.nanoTime() + WARM_UP_LIMIT;
        while (served.size() < pool.size() && System.nanoTime() < until) {
            for (long cook : pool.mapResults(QuizKitchen::sayHello, Collections.nCopies(pool.size(), WARM_UP))) {
                served.add(String.valueOf(cook));
            }
        }
    }

    /** The talk's {@code say_hello} after a nap of a tenth of a tick: who greets first is all that counts here. */
    private static long sayHelloSoon(String name) {
        Tick.sleep(ORDER_NAP_TICKS);
        System.out.println("Hi " + name + "!");
        return Event.now();
    }

    /**
     * The talk's {@code say_hello}; the greeting's time comes back as the dish. The warm-up goes through here too, so
     * that each cook has loaded this recipe, the tick and the printing before the map that is timed; it naps instead
     * and names the cook that served it: a process pool's cooks each have a pid, a thread pool's each a thread.
     */
    private static long sayHello(String name) {
        if (name.equals(WARM_UP)) {
            Tick.sleep((double) WARM_UP_NAP.toNanos() / Tick.duration().toNanos());
            System.out.print("");
            return ProcessHandle.current().pid() * 100_000 + Thread.currentThread().getId();
        }
        Tick.sleep();
        System.out.println("Hi " + name + "!");
        return Event.now();
    }
}
