package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.DeadlineWatch;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.LineTap;
import dev.kitchenlab.events.OrphanWatch;
import dev.kitchenlab.events.OwnProcess;
import dev.kitchenlab.events.SideChannel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cook process of a {@link ProcessPool}: reads orders from stdin, cooks them with the student's recipe, and
 * sends back the dishes and everything the recipe printed, as frames on stdout. It reports its own output lines
 * on the side channel, so a check knows which process printed what. Package-private, as the rest of the pool's
 * plumbing: the {@code java} launcher runs it all the same, and a student's autocomplete never offers it.
 */
final class CookMain {
    private final DataOutputStream up;
    private final LineTap out;
    private final LineTap err;

    private CookMain(DataOutputStream up, SideChannel events) {
        this.up = up;
        this.out = new LineTap(output(false), Fact.Stream.OUT, events);
        this.err = new LineTap(output(true), Fact.Stream.ERR, events);
    }

    /** Runs one cook until the kitchen closes its stdin. */
    public static void main(String[] args) throws IOException {
        // On a spare core, the object streams get ready while this thread opens the side channel.
        Thread warmUp = new Thread(new WarmUp(), LineTap.KIT_THREAD_PREFIX + "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        // stdout carries frames from now on: nothing else may write to it.
        SideChannel events = SideChannel.open(Fact.Role.COOK);
        // A cook deep in a recipe does not read its stdin: it notices its kitchen is gone this way. Its parent is read
        // from /proc (OwnProcess): the first use of ProcessHandle costs a cold JVM some milliseconds.
        long kitchen = OwnProcess.parentPid();
        if (kitchen > 0) {
            OrphanWatch.start(kitchen);
        }
        CookMain cook = new CookMain(new DataOutputStream(new BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out))), events);
        System.setOut(new PrintStream(cook.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(cook.err, true, StandardCharsets.UTF_8));
        Thread cookThread = Thread.currentThread();
        DeadlineWatch.start(events, thread -> thread == cookThread
                || thread.getThreadGroup() == cookThread.getThreadGroup() && !thread.getName().equals("DestroyJavaVM")
                && !thread.getName().startsWith(LineTap.KIT_THREAD_PREFIX));
        CookFrames.write(cook.up, new CookFrames.Ready(OwnProcess.pid()));
        DataInputStream down = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        while (true) {
            CookFrames.Order order;
            CookFrames.Meal meal;
            try {
                order = (CookFrames.Order) CookFrames.read(down);
                long start = System.nanoTime();
                meal = CookFrames.unpackMeal(order.meal());
                events.emit(new Fact.OrderUnpacked(Items.describe(meal.item()), order.meal().length,
                        System.nanoTime() - start));
            } catch (EOFException kitchenClosed) {
                break;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("a cook cannot load the recipe's class: " + e.getMessage()
                        + "; the cook runs with the kitchen's classpath", e);
            }
            cook.cook(order.index(), meal, events);
        }
    }

    private void cook(int index, CookFrames.Meal meal, SideChannel events) throws IOException {
        String name = Items.describe(meal.item());
        events.emit(new Fact.DishStarted(name, System.identityHashCode(meal.item())));
        Object dish = null;
        Throwable burnt = null;
        try {
            dish = meal.recipe().cook(meal.item());
        } catch (Throwable t) {
            burnt = t;
        }
        System.out.flush();
        System.err.flush();
        // A dish is a cook's unit of work: what it printed without a line break is reported with it.
        out.finishLinesOf(Thread.currentThread());
        err.finishLinesOf(Thread.currentThread());
        events.emit(new Fact.DishFinished(name));
        if (burnt == null) {
            try {
                CookFrames.write(up, new CookFrames.Dish(index, dish));
                return;
            } catch (NotSerializableException e) {
                burnt = new IllegalStateException("the dish of " + name + " cannot travel back to the kitchen: "
                        + e.getMessage() + " is not Serializable");
            }
        }
        try {
            CookFrames.write(up, new CookFrames.Burnt(index, burnt.toString(), burnt));
        } catch (NotSerializableException e) {
            CookFrames.write(up, new CookFrames.Burnt(index, burnt.toString(), null));
        }
    }

    /** A class, not a lambda: a cook's first lambda costs its main thread milliseconds to link. */
    private static final class WarmUp implements Runnable {
        @Override
        public void run() {
            CookFrames.warmUp(CookFrames.sampleRecipe());
        }
    }

    private OutputStream output(boolean toErr) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                CookFrames.write(up, new CookFrames.Output(toErr, Arrays.copyOfRange(bytes, offset, offset + length)));
            }
        };
    }
}
