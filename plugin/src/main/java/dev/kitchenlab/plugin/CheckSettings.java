package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.KitchenCheck;
import dev.kitchenlab.engine.RunOptions;
import org.apache.maven.plugin.MojoFailureException;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The run options of the goals that check labs ({@code check}, {@code watch}), from the student's {@code -D} values,
 * each bad value refused with what was typed and an example that works.
 */
final class CheckSettings {
    private CheckSettings() {
    }

    /** The options of a check, for labs whose kitchens run on {@code classpath}. */
    static RunOptions options(String goal, String tick, String timeout, int reruns, boolean strict,
                              List<String> classpath, File workDir) throws MojoFailureException {
        Duration oneTick = DurationParameter.parse(goal, "kitchen.tick", tick);
        Optional<String> refused = KitchenCheck.refusalOfTick(oneTick);
        if (refused.isPresent()) {
            throw new MojoFailureException(refused.get());
        }
        if (reruns < 0) {
            throw new MojoFailureException("-Dkitchen.reruns=" + reruns + ": a lab cannot run fewer than 0 more "
                    + "times; e.g. mvn kitchen:" + goal + " -Dkitchen.reruns=0 judges every lab once");
        }
        return RunOptions.builder().tick(oneTick)
                .timeout(timeout == null || timeout.isBlank() ? null
                        : DurationParameter.parse(goal, "kitchen.timeout", timeout))
                .classpath(paths(classpath)).workDir(workDir.toPath()).inconclusiveReruns(reruns).strict(strict)
                .build();
    }

    /** Maven's path strings as paths. */
    static List<Path> paths(List<String> elements) {
        return elements.stream().map(Path::of).toList();
    }
}
