/**
 * A lab run by hand ({@code mvn kitchen:run}): the live {@code ps} view printed beside the lab's own output, the
 * kitchen and each process under it as {@code ps u} and {@code ps -T} would show them, sampled through OSHI.
 *
 * <p>Runs in the inspector's JVM (Maven's), once a second while the kitchen runs.
 */
package dev.kitchenlab.engine.byhand;
