/**
 * Lab 04, quiz: the student's predictions about the talk's two pools, held against the kit's own runs of them. Runs
 * in the inspector's JVM; the kit's driver that asks the questions and its quiz kitchens run in the kitchen's.
 */
package dev.kitchenlab.catalogue.lab04;
