/**
 * The kit's state in a student's project: the {@code .kitchen/} folder at the project root, which holds progress,
 * the hints seen and the backups made before a reset. It lives beside {@code target/}, not in it, so
 * {@code mvn clean} leaves it alone; every file is written under a temporary name and moved into place, so a check
 * from the IDE and one from the terminal never leave a half-written file.
 *
 * <p>Runs in the inspector's JVM: Maven's, or the JVM of a student's lab test.
 */
package dev.kitchenlab.engine.state;
