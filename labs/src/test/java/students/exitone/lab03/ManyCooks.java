package students.exitone.lab03;

/** Wrong: main ends the kitchen with System.exit(1). */
public class ManyCooks {
    public static void main(String[] args) {
        System.out.println("Hi Kai!");
        System.exit(1);
    }
}
