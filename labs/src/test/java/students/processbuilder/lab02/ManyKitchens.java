package students.processbuilder.lab02;

import dev.kitchenlab.kitchen.Tick;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** Right, with plain JDK tools: four child JVMs from ProcessBuilder, sharing the kitchen's output (inheritIO). */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    static void sayHello(String name) {
        Tick.sleep();
        System.out.println("Hi " + name + "!");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            sayHello(args[0]);
            return;
        }
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<Process> kitchens = new ArrayList<>();
        for (String name : NAMES) {
            kitchens.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ManyKitchens.class.getName(), name).inheritIO().start());
        }
        for (Process kitchen : kitchens) {
            kitchen.waitFor();
        }
    }
}
