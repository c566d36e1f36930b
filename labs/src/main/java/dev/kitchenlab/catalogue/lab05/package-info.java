/**
 * Lab 05, timed: the talk's {@code @timed} decorator as a Java wrapper, checked against the kit's own clock. Runs in
 * the inspector's JVM; the kit's driver that calls the wrapper runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab05;
