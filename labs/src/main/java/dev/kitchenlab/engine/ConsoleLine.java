package dev.kitchenlab.engine;

/**
 * One line of a check's console output, with how loud it is: a front end maps the level to its own logger.
 *
 * @param level how loud
 * @param text the line, without a line break
 */
public record ConsoleLine(Level level, String text) {

    /** How loud a line is. */
    public enum Level { INFO, WARN, ERROR }
}
