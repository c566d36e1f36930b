package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.SideChannel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The kitchen's side of one cook process: starts the cook JVM, and on a thread of its own hands it orders, relays
 * what it prints and brings its dishes back. A cook that dies fails the order it was cooking, and no other.
 */
final class CookProcess {
    /** A job: one item of one batch. */
    record Job(Batch batch, int index, Recipe<Object, Object> recipe) {
    }

    /** What the cook's waiter asks of the pool. */
    interface Kitchen {
        /** The next job, or {@code null} when it is time to go home. */
        Job nextJob() throws InterruptedException;

        /**
         * This cook died, while cooking or before it was ready; the pool decides what happens to the jobs left and
         * whether to hire another cook.
         */
        void cookDied(CookProcess cook, boolean whileCooking);
    }

    private final int number;
    private final Process process;
    private final DataOutputStream down;
    private final DataInputStream up;
    private final Kitchen kitchen;
    private final SideChannel events = SideChannel.current();
    private final Thread waiter;

    CookProcess(int number, List<String> command, Kitchen kitchen) throws IOException {
        this.number = number;
        this.kitchen = kitchen;
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        this.process = builder.start();
        this.down = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.up = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        events.emit(new Fact.CookProcessStarted(process.pid()));
        this.waiter = new Thread(this::serve, LineTap.KIT_THREAD_PREFIX + "cook-process-" + number);
        waiter.setDaemon(true);
    }

    /** Starts handing the cook its orders, on a thread of its own. */
    void startServing() {
        waiter.start();
    }

    /** The cook's pid. */
    long pid() {
        return process.pid();
    }

    /** Waits until the cook has gone home (or died). */
    void awaitGone() throws InterruptedException {
        waiter.join();
    }

    private void serve() {
        Job job = null;
        try {
            awaitReady();
            while ((job = kitchen.nextJob()) != null) {
                cook(job);
                job = null;
            }
            down.close();
            relayUntilEnd();
            int exit = process.waitFor();
            events.emit(new Fact.CookProcessEnded(process.pid(), exit));
        } catch (IOException | ClassNotFoundException died) {
            died(job);
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private void awaitReady() throws IOException, ClassNotFoundException {
        while (!(readFrame() instanceof CookFrames.Ready)) {
            // Only output can come before Ready, and readFrame has relayed it.
        }
    }

    private void cook(Job job) throws IOException, ClassNotFoundException, InterruptedException {
        byte[] meal = packed(job, events);
        CookFrames.sendOrder(down, job.index(), meal);
        CookFrames.warmUp(null);
        while (true) {
            Object frame = readFrame();
            if (frame instanceof CookFrames.Dish dish) {
                job.batch().served(dish.index(), dish.value());
                return;
            }
            if (frame instanceof CookFrames.Burnt burnt) {
                job.batch().failed(burnt.index(), "the recipe threw in cook process " + number + " (pid "
                        + process.pid() + "): " + burnt.description(), burnt.cause());
                return;
            }
        }
    }

    /**
     * The job's meal, packed once for all the cooks: by whoever asks first, a cook's waiter or the pool packing ahead
     * while its cooks start.
     */
    static byte[] packed(Job job, SideChannel events) throws IOException, InterruptedException {
        Object item = job.batch().item(job.index());
        return job.batch().packedOnce(item, () -> {
            long start = System.nanoTime();
            byte[] bytes = CookFrames.packMeal(new CookFrames.Meal(job.recipe(), item));
            events.emit(new Fact.OrderPacked(Items.describe(item), bytes.length, System.nanoTime() - start));
            return bytes;
        });
    }

    /** Reads the next frame, relaying output frames to the kitchen's own output as they come. */
    private Object readFrame() throws IOException, ClassNotFoundException {
        Object frame = CookFrames.read(up);
        if (frame instanceof CookFrames.Output output) {
            PrintStream target = output.toErr() ? System.err : System.out;
            target.write(output.bytes(), 0, output.bytes().length);
            target.flush();
        }
        return frame;
    }

    private void relayUntilEnd() throws IOException, ClassNotFoundException {
        try {
            while (true) {
                readFrame();
            }
        } catch (EOFException finished) {
            // The cook went home.
        }
    }

    private void died(Job job) {
        int exit;
        try {
            exit = process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = -1;
        }
        String item = job == null ? "" : Items.describe(job.batch().item(job.index()));
        Fact.CookProcessDied death = new Fact.CookProcessDied(number, process.pid(), item, exit);
        events.emit(death);
        if (job != null) {
            job.batch().failed(job.index(), death.describe(), null);
        }
        process.destroyForcibly();
        kitchen.cookDied(this, job != null);
    }
}
