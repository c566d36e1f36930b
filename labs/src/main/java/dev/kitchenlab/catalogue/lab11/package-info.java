/**
 * Lab 11, livelock: two polite cooks keep handing the one pan to each other and never cook; the kit's stress run sees
 * the hand-overs climb while no dish is done, and tells a fix that ends the politeness from one that only makes it
 * rarer. Runs in the inspector's JVM; the kit's driver that calls the student's {@code serve} runs in the kitchen.
 */
package dev.kitchenlab.catalogue.lab11;
