package students.burnt.lab03;

/** Wrong: main burns the dish. */
public class ManyCooks {
    public static void main(String[] args) {
        throw new IllegalStateException("the oven is on fire");
    }
}
