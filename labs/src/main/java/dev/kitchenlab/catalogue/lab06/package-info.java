/**
 * Lab 06, spawn: what a cook costs to hire, a thread against a process, timed by the kit many times. Runs in the
 * inspector's JVM; the kit's driver that calls the student's methods runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab06;
