package dev.kitchenlab.engine;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.Comparator;

/**
 * The test classes in JUnit's own order, except that those holding {@link KitchenRuns#CHILD_PROCESSES} alone come last
 * (junit-platform.properties names this orderer). Such a class waits for the programs running side by side to end, and
 * JUnit runs the classes that stay one at a time in order, so one of them early held every later class back until the
 * longest test had ended (labs module 213 s, against 207 s with no class beside the programs at all).
 */
public final class ChildProcessesAloneLast implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        // A stable sort: the others keep JUnit's order.
        context.getClassDescriptors().sort(Comparator.comparing(ChildProcessesAloneLast::holdsChildProcessesAlone));
    }

    static boolean holdsChildProcessesAlone(ClassDescriptor test) {
        return test.findRepeatableAnnotations(ResourceLock.class).stream()
                .anyMatch(lock -> lock.value().equals(KitchenRuns.CHILD_PROCESSES)
                        && lock.mode() == ResourceAccessMode.READ_WRITE);
    }
}
