package ${package}.lab04;

/**
 * Lab 04 · quiz: the talk's check-in, "What is the output? How long does it take?", answered as code.
 *
 * <p>Each method below is a question about the programs of labs 02 and 03, with parameters: the kit calls it with
 * values it picks for each check (CPU counts, pool sizes, numbers of names), then runs those programs itself with the
 * same values and holds your answer against what happened. A table copied from one run will not do: work out the
 * rule. A tick is the talk's {@code sleep(10)}: each {@code say_hello} sleeps one tick, then greets.
 *
 * <p>Answer each question, deleting its {@code todo(...)}, then check: {@code mvn kitchen:check -Dlab=04}. A wrong
 * answer is shown with the run that refutes it.
 */
public class Quiz {

    /** {@code Pool().map(say_hello, names)} on a machine with {@code cpus} CPUs: how many ticks until all are greeted? */
    static int poolTicks(int cpus, int names) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "poolTicks: how many ticks does Pool() take for names names on cpus CPUs?");
    }

    /** {@code ThreadPool(cooks).map(say_hello, names)}: how many ticks until all are greeted? */
    static int threadPoolTicks(int cooks, int names) {
        return dev.kitchenlab.kitchen.Todo.todo(
                "threadPoolTicks: how many ticks does ThreadPool(cooks) take for names names?");
    }

    /** Run the same map twice: are the greetings printed in the same order every run? */
    static boolean sameOrderEveryRun() {
        return dev.kitchenlab.kitchen.Todo.todo(
                "sameOrderEveryRun: are the greetings printed in the same order every run?");
    }

    /** Prints your answers to the talk's own questions. */
    public static void main(String[] args) {
        System.out.println("Pool() on 2 CPUs, 4 names: " + poolTicks(2, 4) + " ticks");
        System.out.println("ThreadPool(4), 4 names: " + threadPoolTicks(4, 4) + " tick(s)");
        System.out.println("the same order every run? " + sameOrderEveryRun());
    }
}
