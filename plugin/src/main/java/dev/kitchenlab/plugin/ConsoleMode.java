package dev.kitchenlab.plugin;

import org.apache.maven.shared.utils.logging.MessageUtils;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the console a goal writes to can show: colour, and a live line redrawn in place while a lab runs. Decided
 * from facts passed in, so that every case can be tried without a terminal.
 *
 * @param mavenColour whether Maven colours its own output ({@code -B}, {@code -l} and {@code -Dstyle.color=never}
 *                    turn it off)
 * @param interactive whether Maven runs interactively (not {@code -B})
 * @param terminal whether standard input and output are a terminal, not a file or a pipe
 * @param environment the environment variables ({@code NO_COLOR}, {@code TERM})
 */
public record ConsoleMode(boolean mavenColour, boolean interactive, boolean terminal, Map<String, String> environment) {

    /** The console Maven runs on now; {@code interactive} is Maven's interactive mode. */
    public static ConsoleMode here(boolean interactive) {
        return new ConsoleMode(MessageUtils.isColorEnabled(), interactive, aTerminal(System.console()),
                System.getenv());
    }

    /**
     * Whether the kit's lines are coloured: when Maven colours its own and neither {@code NO_COLOR} (any value but
     * empty, as no-color.org asks) nor a dumb terminal says otherwise.
     */
    public boolean colour() {
        return mavenColour && !noColour() && !dumb();
    }

    /**
     * Whether a live line may be drawn: only a person at a terminal sees it; in a log or CI output its carriage
     * returns and escape codes would be litter.
     */
    public boolean liveLine() {
        return interactive && terminal && !dumb();
    }

    private boolean noColour() {
        String value = environment.get("NO_COLOR");
        return value != null && !value.isEmpty();
    }

    private boolean dumb() {
        return "dumb".equals(environment.get("TERM"));
    }

    /**
     * Whether {@code console} is a terminal. Up to JDK 21 a console exists only on one; from JDK 22 there is one
     * when the streams are redirected too, and {@code Console.isTerminal()} (not in the {@code --release 17} API,
     * hence looked up) tells.
     */
    static boolean aTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException beforeJdk22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException unexpected) {
            return false;
        }
    }
}
