/**
 * {@code kitchen:reset}: puts a lab's skeleton back, after keeping the student's version in
 * {@code .kitchen/backups/}. It changes nothing it cannot first keep, and nothing when the target is unclear.
 *
 * <p>Runs in Maven's JVM.
 */
package dev.kitchenlab.engine.reset;
