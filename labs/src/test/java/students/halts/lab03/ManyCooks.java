package students.halts.lab03;

/** Wrong: main halts the JVM: no shutdown hook runs, as with a kill signal or a JVM crash. */
public class ManyCooks {
    public static void main(String[] args) {
        System.out.println("Hi Kai!");
        Runtime.getRuntime().halt(42);
    }
}
