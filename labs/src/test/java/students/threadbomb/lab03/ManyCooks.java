package students.threadbomb.lab03;

/** Wrong: cooks started in a loop, each sleeping a minute; it stops at 1,500 itself, past the lab's limit of 1,000. */
public class ManyCooks {
    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 1500; i++) {
            Thread cook = new Thread(() -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            cook.setDaemon(true);
            cook.start();
            if (i % 100 == 99) {
                Thread.sleep(20);
            }
        }
        Thread.sleep(60_000);
    }
}
