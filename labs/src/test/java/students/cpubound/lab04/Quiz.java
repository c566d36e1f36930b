package students.cpubound.lab04;

/**
 * Wrong: a thread pool runs only as many cooks at once as there are CPUs.
 */
public class Quiz {

    /** {@code Pool()} opens one cook process per CPU; each cook greets one name a tick. */
    static int poolTicks(int cpus, int names) {
        return (names + cpus - 1) / cpus;
    }

    /** A thread pool's cooks all sleep at once, however few CPUs there are. */
    static int threadPoolTicks(int cooks, int names) {
        int cpus = Runtime.getRuntime().availableProcessors();
        return (names + Math.min(cooks, cpus) - 1) / Math.min(cooks, cpus);
    }

    /** Cooks waking together print in whatever order the scheduler runs them. */
    static boolean sameOrderEveryRun() {
        return false;
    }

    public static void main(String[] args) {
        System.out.println("Pool() on 2 CPUs, 4 names: " + poolTicks(2, 4) + " ticks");
        System.out.println("ThreadPool(4), 4 names: " + threadPoolTicks(4, 4) + " tick");
        System.out.println("the same order every run? " + sameOrderEveryRun());
    }
}
