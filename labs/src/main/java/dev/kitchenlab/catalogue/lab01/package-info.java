/**
 * Lab 01, ps: the student's program prints its own {@code ps u} row and waits for a name; the kit holds every field
 * against {@code ps} taken the moment the row was printed. Runs in the inspector's JVM.
 */
package dev.kitchenlab.catalogue.lab01;
