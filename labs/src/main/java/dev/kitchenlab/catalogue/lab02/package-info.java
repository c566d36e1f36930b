/**
 * Lab 02, kitchens: the talk's {@code Pool().map(say_hello, NAMES)}, four greetings from cook processes side by
 * side. Runs in the inspector's JVM.
 */
package dev.kitchenlab.catalogue.lab02;
