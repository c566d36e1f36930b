/**
 * Files the kit writes for others to read (test reports, the page), put in place whole.
 *
 * <p>Runs in the inspector's JVM (Maven's, or the JUnit test's).
 */
package dev.kitchenlab.engine.files;
