package students.deadlock.lab03;

/** Wrong: two cooks take the knife and the board in opposite orders, and wait for each other for ever. */
public class ManyCooks {
    static final Object KNIFE = new Object();
    static final Object BOARD = new Object();

    static void cook(Object first, Object second) {
        synchronized (first) {
            pause();
            synchronized (second) {
                System.out.println("Hi!");
            }
        }
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> cook(KNIFE, BOARD), "cook-a");
        Thread b = new Thread(() -> cook(BOARD, KNIFE), "cook-b");
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
