package dev.kitchenlab.engine;

import dev.kitchenlab.events.Event;
import dev.kitchenlab.events.EventFiles;
import dev.kitchenlab.events.Fact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Answers a lab's prompt as a person at the keyboard would: once the kitchen has printed and then gone quiet for a
 * while (long enough for the observer to see how it waits: asleep, or spinning), types a line on its standard input
 * and closes it. The moment is reported as a {@link Fact.Typed} among the run's events.
 */
final class PromptTyper {
    /** How long the kitchen must have been quiet: ten of the observer's samples. */
    static final Duration QUIET = Duration.ofSeconds(1);
    private static final long POLL_MILLIS = 50;

    private PromptTyper() {
    }

    /** Starts waiting for the prompt, on a thread of its own that ends with the kitchen. */
    static void start(Process kitchen, OutputCapture out, String line, Path eventsDir) {
        Thread typist = new Thread(() -> type(kitchen, out, line, eventsDir), "kitchen-lab-typist-" + kitchen.pid());
        typist.setDaemon(true);
        typist.start();
    }

    private static void type(Process kitchen, OutputCapture out, String line, Path eventsDir) {
        try (OutputStream keyboard = kitchen.getOutputStream()) {
            while (kitchen.isAlive()) {
                Thread.sleep(POLL_MILLIS);
                OptionalLong last = out.lastLineNanos();
                if (last.isPresent() && Event.now() - last.getAsLong() >= QUIET.toNanos()) {
                    // Reported before it is typed: the kitchen cannot greet before the check says it typed.
                    EventFiles.append(eventsDir, new Fact.Typed(line, last.getAsLong()));
                    keyboard.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
                    keyboard.flush();
                    return;
                }
            }
        } catch (IOException gone) {
            // The kitchen closed its standard input or ended: there is nobody left to type to.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
