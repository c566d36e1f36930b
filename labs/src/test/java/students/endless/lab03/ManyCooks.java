package students.endless.lab03;

/** Wrong: a cook that never stops stirring. */
public class ManyCooks {
    public static void main(String[] args) {
        long stirs = 0;
        while (stirs >= 0) {
            stirs++;
            if (stirs == Long.MAX_VALUE) {
                stirs = 0;
            }
        }
        System.out.println(stirs);
    }
}
