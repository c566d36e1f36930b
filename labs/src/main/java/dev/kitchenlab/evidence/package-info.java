/**
 * What a lab is judged on, as plain data: the events of the run and the process tree the observer saw
 * ({@link dev.kitchenlab.evidence.Observation}), and how late the machine ran
 * ({@link dev.kitchenlab.evidence.Calibration}). The engine gathers it; the labs' expectations read it.
 *
 * <p>Runs in the inspector's JVM (Maven's or a lab test's). It depends on the events alone.
 */
package dev.kitchenlab.evidence;
