/**
 * {@code kitchen:watch}: one long-lived JVM that polls the student's source folders, recompiles the lab whose file
 * was saved, and checks that lab again. A lab that does not compile is reported and waits for its next save; the
 * other labs are still compiled and checked. Runs in the JVM that watches (Maven's), never in a kitchen: the
 * student's code runs only in the kitchens each check starts.
 */
package dev.kitchenlab.engine.watch;
