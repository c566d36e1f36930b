package dev.kitchenlab.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Target 5's reference, in JMH: what lab 06's {@code runThread()} does once, hiring an empty cook thread, starting it
 * and waiting for it to end, measured warmed up and compiled. {@link SpawnFigures} holds the lab's own figure against
 * it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ThreadStart {
    private static final Runnable NOTHING = new Runnable() {
        @Override
        public void run() {
            // An empty cook: hiring it is the whole cost.
        }
    };

    /** One empty cook thread, started and joined. */
    @Benchmark
    public void startAndJoin() throws InterruptedException {
        Thread cook = new Thread(NOTHING);
        cook.start();
        cook.join();
    }
}
