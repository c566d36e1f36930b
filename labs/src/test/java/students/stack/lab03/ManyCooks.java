package students.stack.lab03;

/** Wrong: a recipe that calls itself for ever. */
public class ManyCooks {
    static int stir(int times) {
        return stir(times + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println(stir(0));
    }
}
