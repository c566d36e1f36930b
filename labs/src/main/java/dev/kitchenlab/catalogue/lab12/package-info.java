/**
 * Lab 12, starvation: a greedy cook holds the stove for a batch of dishes and takes it again at once, and the modest
 * cooks starve; the kit counts every cook's dishes in each shift and names who starved. Runs in the inspector's JVM;
 * the kit's driver that calls the student's {@code serve} runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab12;
