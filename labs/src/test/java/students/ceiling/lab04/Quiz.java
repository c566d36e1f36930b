package students.ceiling.lab04;

/**
 * Lab 04, right, written otherwise than the reference: the rounding up done by the JDK (Math.ceil, and floorDiv of the
 * negated count), the answers printed with printf.
 */
public class Quiz {

    static int poolTicks(int cpus, int names) {
        return (int) Math.ceil((double) names / cpus);
    }

    static int threadPoolTicks(int cooks, int names) {
        return -Math.floorDiv(-names, cooks);
    }

    static boolean sameOrderEveryRun() {
        boolean schedulerPicksTheOrder = true;
        return !schedulerPicksTheOrder;
    }

    public static void main(String[] args) {
        System.out.printf("Pool() on 2 CPUs, 4 names: %d ticks%n", poolTicks(2, 4));
        System.out.printf("ThreadPool(4), 4 names: %d tick%n", threadPoolTicks(4, 4));
        System.out.printf("the same order every run? %b%n", sameOrderEveryRun());
    }
}
