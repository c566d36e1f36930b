/**
 * Lab 08, crash: who dies when one cook fails, a thread against a process, judged from the dishes the kit's stove
 * really cooked. Runs in the inspector's JVM; the kit's driver that serves the meals runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab08;
