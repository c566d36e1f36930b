package students.leakedthread.lab03;

/** Wrong: main greets and returns, but a cook it started (not a daemon) keeps stirring, so the kitchen stays open. */
public class ManyCooks {
    public static void main(String[] args) {
        Thread cook = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "forgotten-cook");
        cook.start();
        System.out.println("Hi Kai!");
    }
}
