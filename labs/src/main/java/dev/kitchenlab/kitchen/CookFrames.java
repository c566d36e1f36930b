package dev.kitchenlab.kitchen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;

/**
 * What travels between the kitchen and a cook process: orders go down the cook's stdin, dishes and output come back
 * up its stdout. The student's objects (the recipe, each item, each dish, what a recipe threw) are Java-serialized,
 * which makes the copy real: a cook gets its own copy of every item, as a Python worker process does. The frames
 * around them are plain tagged fields: serializing the frames themselves (records, through method handles) cost a
 * cold JVM tens of milliseconds on each side before the first dish, for a pid and an index.
 *
 * <p>What a frame carries is serialized before a byte of the frame is sent, so a dish that cannot be serialized fails
 * there and the stream stays whole.
 */
final class CookFrames {
    private static final byte READY = 'R';
    private static final byte ORDER = 'O';
    private static final byte OUTPUT = 'P';
    private static final byte DISH = 'D';
    private static final byte BURNT = 'B';

    // Whether this JVM has set up its object streams yet.
    private static volatile boolean warm;

    private CookFrames() {
    }

    /**
     * Sets up this JVM's object streams, once, while it would otherwise wait: a JVM's first object stream costs tens
     * of milliseconds (security properties, serial filters, stream classes), and its first lambda rebuilt from bytes as
     * much again, which a cook would pay unpacking its first meal and the kitchen reading its first dish, each while
     * the other side waits. A cook does it on a thread of its own as it starts, the kitchen while the cook cooks.
     *
     * @param sample what to send to and fro: a recipe of the kit's own in a cook, which rebuilds the student's
     *     recipe, {@code null} in the kitchen, which only reads plain dishes
     */
    static void warmUp(Object sample) {
        if (warm) {
            return;
        }
        warm = true;
        try {
            unpack(pack(sample));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // Only a head start: the first real frame sets the streams up then.
        }
    }

    /** A recipe of the kit's own, for a cook to warm up with. */
    static Recipe<Object, Object> sampleRecipe() {
        return item -> item;
    }

    /** Sends a frame: {@link Ready}, {@link Output}, {@link Dish} or {@link Burnt}. */
    static void write(DataOutputStream out, Object frame) throws IOException {
        if (frame instanceof Ready ready) {
            synchronized (out) {
                out.writeByte(READY);
                out.writeLong(ready.pid());
                out.flush();
            }
        } else if (frame instanceof Output output) {
            synchronized (out) {
                out.writeByte(OUTPUT);
                out.writeBoolean(output.toErr());
                writeBytes(out, output.bytes());
                out.flush();
            }
        } else if (frame instanceof Dish dish) {
            byte[] value = pack(dish.value());
            synchronized (out) {
                out.writeByte(DISH);
                out.writeInt(dish.index());
                writeBytes(out, value);
                out.flush();
            }
        } else if (frame instanceof Burnt burnt) {
            byte[] cause = burnt.cause() == null ? new byte[0] : pack(burnt.cause());
            synchronized (out) {
                out.writeByte(BURNT);
                out.writeInt(burnt.index());
                writeBytes(out, burnt.description().getBytes(StandardCharsets.UTF_8));
                writeBytes(out, cause);
                out.flush();
            }
        } else {
            throw new IllegalArgumentException("not a frame a cook sends: " + frame);
        }
    }

    /** Serializes one object of the student's (or {@code null}). */
    static byte[] pack(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** Serializes a meal: its recipe and its item in one stream, so what they share stays shared in the copy. */
    static byte[] packMeal(Meal meal) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(meal.recipe());
            objects.writeObject(meal.item());
        }
        return bytes.toByteArray();
    }

    /** Rebuilds a meal from its bytes. */
    @SuppressWarnings("unchecked")
    static Meal unpackMeal(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            Recipe<Object, Object> recipe = (Recipe<Object, Object>) objects.readObject();
            return new Meal(recipe, objects.readObject());
        }
    }

    /** Sends an order: its number, then its meal, packed before. */
    static void sendOrder(DataOutputStream out, int index, byte[] meal) throws IOException {
        synchronized (out) {
            out.writeByte(ORDER);
            out.writeInt(index);
            writeBytes(out, meal);
            out.flush();
        }
    }

    /** Reads the next frame, waiting for it; the student's objects in it are rebuilt, except a meal's. */
    static Object read(DataInputStream in) throws IOException, ClassNotFoundException {
        byte tag = in.readByte();
        return switch (tag) {
            case READY -> new Ready(in.readLong());
            case ORDER -> new Order(in.readInt(), readBytes(in));
            case OUTPUT -> new Output(in.readBoolean(), readBytes(in));
            case DISH -> new Dish(in.readInt(), unpack(readBytes(in)));
            case BURNT -> {
                int index = in.readInt();
                String description = new String(readBytes(in), StandardCharsets.UTF_8);
                byte[] cause = readBytes(in);
                yield new Burnt(index, description, cause.length == 0 ? null : (Throwable) unpack(cause));
            }
            default -> throw new StreamCorruptedException("not a cook's frame: " + tag);
        };
    }

    private static Object unpack(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return objects.readObject();
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    /** A cook process is up and waits for orders. */
    record Ready(long pid) {
    }

    /** Cook item {@code index}: its meal, packed once for all the cooks ({@link #packMeal}). */
    record Order(int index, byte[] meal) {
    }

    /** An item and the recipe to cook it with. */
    record Meal(Recipe<Object, Object> recipe, Object item) {
    }

    /** Bytes the student's code wrote in the cook, to {@code System.err} if {@code toErr}, else {@code System.out}. */
    record Output(boolean toErr, byte[] bytes) {
    }

    /** The dish of item {@code index}. */
    record Dish(int index, Object value) {
    }

    /** The recipe threw while cooking item {@code index}. */
    record Burnt(int index, String description, Throwable cause) {
    }
}
