/**
 * {@code kitchen:hint}: a ladder of hints a lab at a time, one more on each call, remembered in
 * {@code .kitchen/hints.properties}; and the kit's reference solution, once the lab has passed or when asked for
 * by name.
 *
 * <p>Runs in Maven's JVM.
 */
package dev.kitchenlab.engine.hints;
