/**
 * Lab 13, visibility: a cook spins on a stop flag that is not {@code volatile} and, once the JIT has compiled its loop,
 * never sees the flag set; the kit's stress run times how soon the cook stops in every round and names a cook that
 * never does. Runs in the inspector's JVM; the kit's driver that calls the student's {@code cook} and {@code stop}
 * runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab13;
