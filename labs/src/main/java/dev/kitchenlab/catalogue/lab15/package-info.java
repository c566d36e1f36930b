/**
 * Lab 15, virtual threads (beyond the talk, JDK 21+): 10,000 cooks as virtual threads and as platform threads, their
 * time, threads and memory side by side. Runs in the inspector's JVM; the kit's driver that hands the student's methods
 * its shift runs in the kitchen, on the JDK 21+ that runs the kitchens.
 */
package dev.kitchenlab.catalogue.lab15;
