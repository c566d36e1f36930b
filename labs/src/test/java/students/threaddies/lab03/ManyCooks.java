package students.threaddies.lab03;

import dev.kitchenlab.kitchen.Tick;

import java.util.ArrayList;
import java.util.List;

/** Wrong: four cooks as plain threads, and the one greeting Jess burns the dish and dies of it. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        if (name.equals("Jess")) {
            throw new IllegalStateException("the pan caught fire");
        }
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>();
        for (String name : NAMES) {
            Thread cook = new Thread(() -> sayHello(name), "cook-" + name);
            cooks.add(cook);
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
    }
}
