/**
 * The observer: watches a kitchen and every process below it from outside, as {@code ps u} and {@code ps -T}
 * would, from {@code /proc} on Linux and through OSHI elsewhere, and hands the engine a
 * {@link dev.kitchenlab.evidence.ProcessTree}.
 *
 * <p>Runs in the inspector's JVM, on a thread of its own while a lab runs.
 */
package dev.kitchenlab.engine.observe;
