/**
 * How a lab came out: each expectation's {@link dev.kitchenlab.verdict.Finding}, the worst of them as the lab's
 * {@link dev.kitchenlab.verdict.Verdict}, and the {@link dev.kitchenlab.verdict.Figures} it was judged on.
 *
 * <p>Runs in the inspector's JVM. It depends on no other package of the kit.
 */
package dev.kitchenlab.verdict;
