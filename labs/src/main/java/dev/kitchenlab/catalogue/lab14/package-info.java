/**
 * Lab 14, atomicity: cooks that check the pantry, then take a portion, sell the last one twice, and the kit's stress
 * run shows how often. Runs in the inspector's JVM; the kit's driver that calls the student's {@code serve} runs in the
 * kitchen.
 */
package dev.kitchenlab.catalogue.lab14;
