package students.heap.lab03;

import java.util.ArrayList;
import java.util.List;

/** Wrong: a pantry that only grows, until the kitchen's heap is full. */
public class ManyCooks {
    public static void main(String[] args) {
        List<long[]> pantry = new ArrayList<>();
        while (true) {
            pantry.add(new long[1 << 20]);
        }
    }
}
