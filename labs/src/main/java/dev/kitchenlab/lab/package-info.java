/**
 * What a lab is: its declaration ({@link dev.kitchenlab.lab.Lab}), its named expectations
 * ({@link dev.kitchenlab.lab.Expectation}) and its JVM options. The catalogue declares each lab with these types;
 * the engine runs and judges any lab through them alone.
 *
 * <p>Runs in the inspector's JVM. It depends on the evidence and the verdicts.
 */
package dev.kitchenlab.lab;
