/**
 * The Maven goals: thin mojos that turn parameters into a check request, hand it to the engine and map its report
 * to Maven's build result, logging through Maven's own log.
 *
 * <p>Runs in Maven's JVM. Student code never runs here: every lab runs in a kitchen JVM of its own.
 */
package dev.kitchenlab.plugin;
