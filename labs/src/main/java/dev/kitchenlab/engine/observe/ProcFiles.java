package dev.kitchenlab.engine.observe;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads small {@code /proc} files into one buffer kept from read to read, so that sampling a tree every 50 ms
 * makes next to no garbage. Not thread-safe: one per sampler.
 */
final class ProcFiles {
    private byte[] buffer = new byte[4096];

    /**
     * Reads the whole file into {@link #bytes()} and gives its length, or -1 when it cannot be read: the
     * process has gone (the file vanished, or reading it says {@code ESRCH}) or it is not ours to read.
     */
    int read(String path) {
        try (FileInputStream in = new FileInputStream(path)) {
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, 2 * length);
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    return length;
                }
                length += read;
            }
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /** The bytes of the last file read; valid up to the length {@link #read} gave, until the next read. */
    byte[] bytes() {
        return buffer;
    }

    /** Adds each space- or NUL-separated decimal number in {@code bytes()[0, length)} to {@code into}. */
    void numbers(int length, List<Long> into) {
        long value = 0;
        boolean inNumber = false;
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                inNumber = true;
            } else {
                if (inNumber) {
                    into.add(value);
                }
                value = 0;
                inNumber = false;
            }
        }
        if (inNumber) {
            into.add(value);
        }
    }
}
