package dev.kitchenlab.bench;

/** A program that does nothing: a JVM's start and exit, with or without the kit's harness around it. */
public final class Nothing {
    private Nothing() {
    }

    /** Returns at once. */
    public static void main(String[] args) {
        // Nothing: what is measured is the JVM and the harness around this.
    }
}
