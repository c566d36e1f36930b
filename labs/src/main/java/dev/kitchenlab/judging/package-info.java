/**
 * Judging tools more than one lab shares: the talk's greetings and the expectations about them
 * ({@link dev.kitchenlab.judging.Greetings}), and a timing claim decided between the right answer and the nearest
 * wrong one on a busy machine ({@link dev.kitchenlab.judging.TimingRule}).
 *
 * <p>Runs in the inspector's JVM. It depends on the lab declaration, the evidence and the verdicts.
 */
package dev.kitchenlab.judging;
