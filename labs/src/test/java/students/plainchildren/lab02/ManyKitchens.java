package students.plainchildren.lab02;

import dev.kitchenlab.kitchen.Tick;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Right, with nothing of the kit in the children: four child JVMs that sleep a tick with Thread.sleep and print
 * straight to the output they inherited, where no tap of the kit sees who wrote what.
 */
public class ManyKitchens {
    static final List<String> NAMES = List.of("Kai", "Tessa", "Jess", "Lucy");

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            Thread.sleep(Long.parseLong(args[1]));
            System.out.println("Hi " + args[0] + "!");
            return;
        }
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String tick = String.valueOf(Tick.duration().toMillis());
        List<Process> kitchens = new ArrayList<>();
        for (String name : NAMES) {
            kitchens.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ManyKitchens.class.getName(), name, tick).inheritIO().start());
        }
        for (Process kitchen : kitchens) {
            kitchen.waitFor();
        }
    }
}
