package dev.kitchenlab.kitchen;

import dev.kitchenlab.events.Fact;
import dev.kitchenlab.events.KitchenEnvironment;
import dev.kitchenlab.events.SideChannel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lab 06's empty cook: a JVM that starts, checks in with the kit, and goes home at once. Hiring it is the whole cost
 * of a cook process, as hiring an empty thread is the whole cost of a cook thread. It lives a few tens of
 * milliseconds, too short for {@code ps} to catch, so it says itself that it came.
 */
public final class EmptyCook {
    private EmptyCook() {
    }

    /**
     * The command that starts one, for {@code new ProcessBuilder(EmptyCook.command())}: this JVM's {@code java}, the
     * cooks' JVM options, this kitchen's classpath.
     */
    public static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(KitchenEnvironment.cookJvmOptions());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmptyCook.class.getName());
        return command;
    }

    /** Checks in and goes home. */
    public static void main(String[] args) {
        SideChannel.open(Fact.Role.COOK).emit(new Fact.EmptyCookCheckedIn());
    }
}
