/**
 * Lab 07, memory: what a kitchen costs to keep, the talk's list of a million ints mapped over by three threads
 * sharing it and by three processes each holding a copy. Runs in the inspector's JVM; the kit's driver that calls the
 * student's two modes runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab07;
