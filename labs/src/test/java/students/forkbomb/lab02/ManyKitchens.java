package students.forkbomb.lab02;

import java.util.ArrayList;
import java.util.List;

/**
 * Wrong: kitchens started in a loop and never waited for. It stops at 64 itself, so that a bug in the kit can never
 * take the machine down; the kit must stop it well before.
 */
public class ManyKitchens {
    public static void main(String[] args) throws Exception {
        List<Process> kitchens = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            kitchens.add(new ProcessBuilder("sleep", "60").start());
            Thread.sleep(10);
        }
        for (Process kitchen : kitchens) {
            kitchen.waitFor();
        }
    }
}
