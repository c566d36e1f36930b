/**
 * Lab 09, race: cooks counting their good dishes on one shared counter lose some, and the kit's stress run shows how
 * often. Runs in the inspector's JVM; the kit's driver that calls the student's {@code serve} runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab09;
