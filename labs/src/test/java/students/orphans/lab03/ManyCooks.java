package students.orphans.lab03;

/**
 * Wrong: processes that outlive the kitchen. A shell starts a grandchild in the background and exits at once (the
 * grandchild is reparented away from the kitchen's tree), and another does the same in a session of its own
 * ({@code setsid}: a double fork), both before the observer's first look.
 */
public class ManyCooks {
    public static void main(String[] args) throws Exception {
        new ProcessBuilder("sh", "-c", "sleep 300 &").start().waitFor();
        new ProcessBuilder("sh", "-c", "setsid sleep 301 &").start().waitFor();
        System.out.println("Hi Kai!");
    }
}
