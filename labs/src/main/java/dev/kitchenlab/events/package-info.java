/**
 * The link between the inspector and the lab's JVMs, the bottom layer of the kit: what crosses into a kitchen
 * ({@link dev.kitchenlab.events.KitchenEnvironment}: the tick, the events folder, the cooks' JVM options, written
 * by the engine and read by the kitchen) and what comes back ({@link dev.kitchenlab.events.Fact}: one small record
 * per kind of event, written by the kitchen's harness, the pools and the cooks through
 * {@link dev.kitchenlab.events.SideChannel}, read by the engine through {@link dev.kitchenlab.events.EventFiles}).
 *
 * <p>Runs in every JVM: the writing side in the kitchen and its cooks, the reading side in the inspector (Maven's
 * JVM or a lab test's). JDK only; it depends on no other package of the kit.
 */
package dev.kitchenlab.events;
