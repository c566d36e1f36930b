package students.executor.lab03;

import dev.kitchenlab.kitchen.Tick;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Right, with plain JDK tools: an ExecutorService of 4 threads. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) throws InterruptedException {
        ExecutorService cooks = Executors.newFixedThreadPool(4);
        for (String name : NAMES) {
            cooks.submit(() -> sayHello(name));
        }
        cooks.shutdown();
        cooks.awaitTermination(1, TimeUnit.MINUTES);
    }
}
