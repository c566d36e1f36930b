/**
 * The kitchen JVM's entry point under a check: {@link dev.kitchenlab.harness.KitchenHarness} runs the lab's
 * {@code main} as Java would, recording which thread wrote each line, which threads the program started and how
 * {@code main} ended, and how late the machine ran meanwhile.
 *
 * <p>Runs in the kitchen JVM, started by the engine. JDK only (no OSHI: the student's classpath holds no more than
 * it needs); it depends on the student API and the events.
 */
package dev.kitchenlab.harness;
