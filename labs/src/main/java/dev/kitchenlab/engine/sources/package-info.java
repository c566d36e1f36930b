/**
 * A lab's source files: where they are in a student's project (whatever its base package), and the kit's own
 * copies of them, the skeleton the archetype generates and the reference solution, filled in with the project's
 * package.
 *
 * <p>Runs in the inspector's JVM: Maven's, or the JVM of a student's lab test.
 */
package dev.kitchenlab.engine.sources;
