package students.onecook.lab09;

import dev.kitchenlab.kitchen.Order;

/** One cook cooks every dish of the order: nothing is shared, so nothing is lost, and nobody else cooks. */
public class DishCounter {
    private int served;

    void countDish() {
        served++;
    }

    static int serve(Order order) throws InterruptedException {
        DishCounter counter = new DishCounter();
        Thread cook = new Thread(() -> {
            for (int dish = 0; dish < order.cooks() * order.dishes(); dish++) {
                if (order.cook()) {
                    counter.countDish();
                }
            }
        }, "cook-1");
        cook.start();
        cook.join();
        return counter.served;
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(serve(new Order(2, 100_000)));
    }
}
