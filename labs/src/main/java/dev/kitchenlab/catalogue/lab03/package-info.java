/**
 * Lab 03, cooks: the talk's {@code ThreadPool(4).map(say_hello, NAMES)}, four greetings from four threads of one
 * kitchen. Runs in the inspector's JVM.
 */
package dev.kitchenlab.catalogue.lab03;
