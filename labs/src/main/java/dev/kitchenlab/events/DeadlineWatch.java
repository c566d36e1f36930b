package dev.kitchenlab.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reports, just before the check stops a lab, where each thread of the program was: a kitchen stopped at its
 * timeout can then be told "your cooks were still in {@code Thread.sleep} at ManyKitchens.sayHello(…:14)" instead
 * of a guess. One daemon thread per JVM that sleeps until shortly before the deadline the check set.
 */
public final class DeadlineWatch {
    private static final int FRAMES = 12;
    private static final Duration LEAST_MARGIN = Duration.ofMillis(400);

    private DeadlineWatch() {
    }

    /**
     * Starts watching, when the check set a deadline; {@code isProgramThread} picks the threads worth reporting.
     */
    public static void start(SideChannel events, Predicate<Thread> isProgramThread) {
        KitchenEnvironment.deadline().filter(deadline -> events.watched()).ifPresent(deadline -> {
            Thread watch = new Thread(() -> watch(events, deadline, isProgramThread),
                    LineTap.KIT_THREAD_PREFIX + "deadline");
            watch.setDaemon(true);
            watch.start();
        });
    }

    private static void watch(SideChannel events, Instant deadline, Predicate<Thread> isProgramThread) {
        Duration left = Duration.between(Instant.now(), deadline);
        // A twentieth of the time left, and never less than the margin a busy machine needs to write the report.
        Duration margin = left.dividedBy(20).compareTo(LEAST_MARGIN) > 0 ? left.dividedBy(20) : LEAST_MARGIN;
        try {
            Thread.sleep(Math.max(0, left.minus(margin).toMillis()));
        } catch (InterruptedException e) {
            return;
        }
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            Thread t = thread.getKey();
            if (t.isAlive() && isProgramThread.test(t)) {
                StackTraceElement[] frames = thread.getValue();
                String top = Arrays.stream(frames).limit(FRAMES).map(StackTraceElement::toString)
                        .collect(Collectors.joining("\n"));
                events.emit(new Fact.StackAtDeadline(t.getState().name(), top, StudentCode.where(frames)), t.getId(),
                        t.getName());
            }
        }
    }
}
