/**
 * Lab 10, deadlock: two cooks take the knife and the board in opposite orders and wait for each other forever; the
 * kit's stress run names the cycle as soon as the JVM finds it. Runs in the inspector's JVM; the kit's driver that
 * calls the student's {@code serve} runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab10;
