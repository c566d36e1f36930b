/**
 * The engine: {@link dev.kitchenlab.engine.KitchenCheck} finds each selected lab among the project's classes,
 * measures the machine, runs each lab in a kitchen JVM of its own ({@link dev.kitchenlab.engine.LabRunner}),
 * watches it, stops it when its time is up, judges what every lab shares and the lab's own expectations, and words
 * the result for a console ({@link dev.kitchenlab.engine.ConsoleReport}). It knows nothing of Maven or JUnit: a
 * front end passes a {@link dev.kitchenlab.engine.CheckRequest} and hears back through a
 * {@link dev.kitchenlab.engine.CheckListener}. {@link dev.kitchenlab.engine.HandRun} runs one lab by hand instead,
 * judging nothing: its output and a live {@code ps} view of its tree ({@link dev.kitchenlab.engine.byhand}).
 *
 * <p>Runs in the inspector's JVM: Maven's, or the JVM of a student's lab test. Student code never runs here.
 */
package dev.kitchenlab.engine;
