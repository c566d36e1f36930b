package dev.kitchenlab.kitchen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * What travels between the kitchen and a cook process, each way a stream of Java-serialized frames: orders go
 * down the cook's stdin, dishes and output come back up its stdout. Serialization makes the copy real: a cook
 * gets its own copy of every item, as a Python worker process does.
 *
 * <p>Each frame is serialized on its own and sent with its length, so a frame that cannot be serialized fails
 * before a byte of it is sent and the stream stays whole.
 */
final class CookFrames {
    private CookFrames() {
    }

    /** Serializes the frame, then sends it with its length. */
    static void write(DataOutputStream out, Object frame) throws IOException {
        ByteArrayOutputStream packed = pack(frame);
        synchronized (out) {
            out.writeInt(packed.size());
            packed.writeTo(out);
            out.flush();
        }
    }

    /** Serializes a frame. */
    static ByteArrayOutputStream pack(Object frame) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(frame);
        }
        return bytes;
    }

    /** Sends an order: its number, then its meal, packed before. */
    static void sendOrder(DataOutputStream out, int index, byte[] meal) throws IOException {
        ByteArrayOutputStream order = pack(new Order(index));
        synchronized (out) {
            out.writeInt(order.size());
            order.writeTo(out);
            out.writeInt(meal.length);
            out.write(meal);
            out.flush();
        }
    }

    /** Reads the next frame. */
    static Object read(DataInputStream in) throws IOException, ClassNotFoundException {
        return unpack(receive(in));
    }

    /** Receives the bytes of the next frame, waiting for them. */
    static byte[] receive(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    /** Rebuilds a frame from its bytes. */
    static Object unpack(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return objects.readObject();
        }
    }

    /** A cook process is up and waits for orders. */
    record Ready(long pid) implements Serializable {
    }

    /** Cook item {@code index}: the next frame is its {@link Meal}, sent apart so it can be packed once for all. */
    record Order(int index) implements Serializable {
    }

    /** An item and the recipe to cook it with. */
    record Meal(Recipe<Object, Object> recipe, Object item) implements Serializable {
    }

    /** Bytes the student's code wrote in the cook, to {@code System.err} if {@code toErr}, else {@code System.out}. */
    record Output(boolean toErr, byte[] bytes) implements Serializable {
    }

    /** The dish of item {@code index}. */
    record Dish(int index, Object value) implements Serializable {
    }

    /** The recipe threw while cooking item {@code index}. */
    record Burnt(int index, String description, Throwable cause) implements Serializable {
    }
}
