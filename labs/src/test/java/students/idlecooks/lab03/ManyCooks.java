package students.idlecooks.lab03;

import dev.kitchenlab.kitchen.Tick;

import java.util.ArrayList;
import java.util.List;

/** A cheat: four cooks that only sleep, beside a main that prints the greetings. */
public class ManyCooks {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    public static void main(String[] args) throws InterruptedException {
        List<Thread> cooks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread cook = new Thread(() -> Tick.sleep());
            cooks.add(cook);
            cook.start();
        }
        for (Thread cook : cooks) {
            cook.join();
        }
        for (String name : NAMES) {
            System.out.println("Hi " + name + "!");
        }
    }
}
