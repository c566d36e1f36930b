/**
 * A student's progress over the whole project: the last verdict of each lab and whether it ever passed, kept in
 * {@code .kitchen/progress.properties} so that a new day (and a check of one lab) continues the tally, and the
 * next lab to do.
 *
 * <p>Runs in the inspector's JVM: Maven's, or the JVM of a student's lab test.
 */
package dev.kitchenlab.engine.progress;
