package dev.kitchenlab.harness;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;
import dev.kitchenlab.kitchen.Tick;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lab 04's driver, run in the kitchen instead of the lab's {@code main}: asks the student's quiz methods for their
 * predictions about the talk's two programs, with parameters picked at random for this run, then runs those programs
 * itself in {@link QuizKitchen} JVMs (one per CPU count, set with {@code -XX:ActiveProcessorCount}) and reports the
 * answers ({@link Fact.Prediction}) beside the runs ({@link Fact.QuizRun}) for the engine to hold side by side.
 *
 * <p>Usage: {@code KitchenHarness dev.kitchenlab.harness.QuizDriver <lab class>}.
 */
public final class QuizDriver {
    /**
     * Runs of four cooks greeting four names, for the order: enough that one order every time would be a fluke (a
     * run in four came in the order of the names here).
     */
    static final int ORDER_ROUNDS = 6;
    private static final Duration SHORTEST_QUIZ_TICK = Duration.ofMillis(200);

    /**
     * A question with its parameters.
     *
     * @param question what is asked
     * @param size CPUs for {@code Pool()}, cooks for {@code ThreadPool}
     * @param names how many names
     */
    record Scenario(Fact.QuizQuestion question, int size, int names) {
    }

    private QuizDriver() {
    }

    /** Drives the lab class named first. */
    public static void main(String[] args) throws Throwable {
        Class<?> lab = LabClasses.load(args[0]);
        Method poolTicks = LabClasses.staticMethod(lab, false, "poolTicks",
                "static int poolTicks(int cpus, int names)", int.class, int.class);
        Method threadPoolTicks = LabClasses.staticMethod(lab, false, "threadPoolTicks",
                "static int threadPoolTicks(int cooks, int names)", int.class, int.class);
        Method sameOrder = LabClasses.staticMethod(lab, false, "sameOrderEveryRun",
                "static boolean sameOrderEveryRun()");
        List<Scenario> scenarios = scenarios(new Random(), Runtime.getRuntime().availableProcessors());

        // Every answer is given before any run: a prediction cannot peek at the kit's runs.
        SideChannel events = SideChannel.current();
        for (Scenario s : scenarios) {
            Method asked = s.question() == Fact.QuizQuestion.POOL_TICKS ? poolTicks : threadPoolTicks;
            events.emit(new Fact.Prediction(s.question(), s.size(), s.names(), String.valueOf(ask(asked, s.size(),
                    s.names()))));
        }
        events.emit(new Fact.Prediction(Fact.QuizQuestion.SAME_ORDER, 0, 0, String.valueOf(ask(sameOrder))));

        Duration quizTick = quizTick();
        List<String> threadRuns = new ArrayList<>();
        for (Scenario s : scenarios) {
            if (s.question() == Fact.QuizQuestion.POOL_TICKS) {
                runQuizKitchen(s.size(), quizTick, List.of("process:" + s.names()));
            } else {
                threadRuns.add("threads:" + s.size() + ":" + s.names());
            }
        }
        threadRuns.add("order:" + ORDER_ROUNDS);
        runQuizKitchen(Runtime.getRuntime().availableProcessors(), quizTick, threadRuns);
    }

    /**
     * The parameters of this run: the talk's own two questions ({@code Pool()} on 2 CPUs, {@code ThreadPool(4)}, 4
     * names), then one more of each picked at random, so that a table copied from one run does not pass the next. Each
     * {@code Pool()} question has a CPU count other than 2 at which one worker per CPU and two workers give different
     * answers; one {@code ThreadPool} has more cooks than the machine has CPUs, all greeting at once.
     */
    static List<Scenario> scenarios(Random random, int cpus) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario(Fact.QuizQuestion.POOL_TICKS, 2, 4));
        int[][] pools = {{1, 2}, {3, 3}, {3, 5}, {3, 6}, {4, 3}, {4, 4}, {4, 5}, {4, 6}};
        int[] picked = pools[random.nextInt(pools.length)];
        scenarios.add(new Scenario(Fact.QuizQuestion.POOL_TICKS, picked[0], picked[1]));
        scenarios.add(new Scenario(Fact.QuizQuestion.THREAD_POOL_TICKS, 4, 4));
        int cooks = 1 + random.nextInt(3);
        scenarios.add(new Scenario(Fact.QuizQuestion.THREAD_POOL_TICKS, cooks, cooks + 1 + random.nextInt(cooks + 1)));
        int many = 2 * cpus + 1;
        scenarios.add(new Scenario(Fact.QuizQuestion.THREAD_POOL_TICKS, many, many));
        return scenarios;
    }

    /**
     * Half the lab's tick: the answers are counted in ticks, and the quiz runs about ten of them. Each round of dishes
     * costs a busy machine up to a tenth of a second beyond its sleep (the order through a pipe, the cook's wake-up),
     * which half a second of tick absorbs.
     */
    private static Duration quizTick() {
        Duration half = Tick.duration().dividedBy(2);
        return half.compareTo(SHORTEST_QUIZ_TICK) < 0 ? SHORTEST_QUIZ_TICK : half;
    }

    private static void runQuizKitchen(int cpus, Duration tick, List<String> scenarios)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:ActiveProcessorCount=" + cpus);
        command.addAll(KitchenEnvironment.FAST_START_COOK_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(QuizKitchen.class.getName());
        command.addAll(scenarios);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        KitchenEnvironment.withTick(builder.environment(), tick);
        Process kitchen = builder.start();
        int exit = kitchen.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the kit's quiz kitchen (" + String.join(" ", scenarios) + ", "
                    + cpus + " CPUs) ended with exit code " + exit);
        }
    }

    private static Object ask(Method question, Object... arguments) throws Throwable {
        try {
            return question.invoke(null, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
