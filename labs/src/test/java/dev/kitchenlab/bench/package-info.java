/**
 * The kit's performance benchmark (issue 17), run on demand by {@code scripts/benchmark.sh}, never by the test
 * suite: each figure is measured side by side with the floor it is compared to, in one run, and printed beside its
 * target. Runs in a JVM of its own started by the script, which starts Maven, kitchens and bare JVMs to measure them.
 */
package dev.kitchenlab.bench;
