/**
 * The student API: what a lab calls. {@link dev.kitchenlab.kitchen.ThreadPool} and
 * {@link dev.kitchenlab.kitchen.ProcessPool} mirror Python's {@code ThreadPool} and {@code Pool};
 * {@link dev.kitchenlab.kitchen.Tick} is the talk's {@code sleep(10)}; {@link dev.kitchenlab.kitchen.Todo#todo}
 * marks a step still to write; {@link dev.kitchenlab.kitchen.Order} is a round of dishes for cooks sharing one counter
 * (lab 09), and {@link dev.kitchenlab.kitchen.Rush} a dinner rush served from one pantry (lab 14). Only these types
 * are public, so a student's autocomplete offers nothing else; the pools' plumbing (the cook process's main, its
 * frames) is package-private.
 *
 * <p>Runs in the kitchen JVM (the student's program) and, for a process pool, in each cook JVM. JDK only; it
 * reports what it does through {@link dev.kitchenlab.events} and depends on nothing else of the kit.
 */
package dev.kitchenlab.kitchen;
