package dev.kitchenlab.engine;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.Fact;
import dev.kitchenlab.evidence.Observation;
import dev.kitchenlab.evidence.ProcessRecord;
import dev.kitchenlab.verdict.Figures;

import java.time.Duration;
import java.util.Optional;

/**
 * The figures every lab's verdict line shows, computed once for all labs from what the run was seen to do: how
 * long {@code main} ran, the CPU of the whole tree, the kitchen's and the cooks' memory, the kitchen's threads as
 * {@code ps -T} counts them, the threads the program started and the processes below the kitchen.
 */
final class StandardFigures {
    private StandardFigures() {
    }

    static Figures of(Observation run) {
        Figures.Builder figures = Figures.builder()
                .cpuTime(Duration.ofMillis(run.tree().totalCpuMillis()))
                .peakCooksRss(run.tree().peakDescendantsRss())
                .cookThreads(run.cookThreads().size())
                .cookProcesses(run.tree().descendants().size());
        mainRunTime(run).ifPresent(time -> figures.wallTime(time, run.inTicks(time)));
        run.tree().root().map(ProcessRecord::peakRss).ifPresent(figures::peakKitchenRss);
        run.tree().root().map(ProcessRecord::peakThreads).ifPresent(figures::peakThreads);
        return figures.build();
    }

    /** From {@code main}'s start to its end, or to the kitchen's last word when it never returned. */
    private static Optional<Duration> mainRunTime(Observation run) {
        Optional<Event<Fact.MainStarted>> start = run.mainStart();
        if (start.isEmpty()) {
            return Optional.empty();
        }
        long from = start.get().epochNanos();
        long to = run.mainEnd().map(Event::epochNanos).orElseGet(() -> run.kitchenEvents(Fact.class).stream()
                .mapToLong(Event::epochNanos).max().orElse(from));
        return Optional.of(Duration.ofNanos(to - from));
    }
}
