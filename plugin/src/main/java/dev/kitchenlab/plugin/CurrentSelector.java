package dev.kitchenlab.plugin;

import dev.kitchenlab.engine.sources.CurrentLab;
import dev.kitchenlab.engine.sources.LabFolders;
import dev.kitchenlab.lab.Lab;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code current} in a {@code -Dlab} value as the lab whose file was saved last ({@link CurrentLab}), which is
 * what the shared IDE run configurations pass, and says which lab that was.
 */
final class CurrentSelector {
    private CurrentSelector() {
    }

    /**
     * The selector with {@code current} replaced by that lab's id; any other selector as it is.
     *
     * @throws MojoFailureException when {@code current} is asked for and no lab folder holds a Java file
     */
    static String resolve(String selector, List<Path> sourceRoots, String goal, Log log) throws MojoFailureException {
        if (selector == null || Arrays.stream(selector.split(",")).map(String::trim)
                .noneMatch(CurrentLab.WORD::equalsIgnoreCase)) {
            return selector;
        }
        Optional<Lab> current = CurrentLab.in(new LabFolders(sourceRoots));
        if (current.isEmpty()) {
            throw new MojoFailureException("-Dlab=" + CurrentLab.WORD + " is the lab whose file you saved last, and "
                    + "no lab folder (…/lab01 to …/lab15) under " + sourceRoots + " holds a Java file; name the "
                    + "lab instead, e.g. mvn kitchen:" + goal + " -Dlab=03");
        }
        log.info("-Dlab=" + CurrentLab.WORD + ": lab " + current.get().label() + ", whose file you saved last");
        return Arrays.stream(selector.split(",")).map(String::trim)
                .map(part -> part.equalsIgnoreCase(CurrentLab.WORD) ? current.get().id() : part)
                .collect(Collectors.joining(","));
    }
}
