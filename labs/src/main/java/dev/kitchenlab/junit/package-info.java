/**
 * The JUnit 5 glue a student's lab test calls: {@link dev.kitchenlab.junit.LabCheck} runs the same check as
 * {@code mvn kitchen:check -Dlab=NN} and turns its verdict into a pass, a failure or an aborted test.
 *
 * <p>Runs in the JVM of the student's test (Surefire's fork, or the IDE's test runner): the inspector's side.
 */
package dev.kitchenlab.junit;
