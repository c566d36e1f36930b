package students.clearedenv.lab03;

/** Wrong: a grandchild with its environment cleared, so it carries no mark of the run, left behind. */
public class ManyCooks {
    public static void main(String[] args) throws Exception {
        new ProcessBuilder("sh", "-c", "env -i sleep 302 &").start().waitFor();
        System.out.println("Hi Kai!");
    }
}
